// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "configerror.h"
#include "strategy.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace corral {

// The "schedule" object of a strategy: {"windows": [{"days": ["mon"], "start": "09:20", "stop": "15:15",
// "tz": "Europe/Berlin"}], "holidays": ["2025-12-25"], "everyMinutes": 15}, empty parts left out (an empty
// schedule is {}). Clients build a Schedule and send this rather than writing the JSON themselves.
QJsonObject scheduleToJson(const Schedule &schedule);

// Reads what is there, reporting wrong types, values and unknown keys with field names prefixed by
// `fieldPrefix` ("schedule."). Keys absent from `json` leave `*schedule` as it was. Does not validate: the
// rules that need the whole schedule (zones, zero-length windows …) are validation's.
bool scheduleFromJson(const QJsonObject &json, Schedule *schedule, QList<ConfigError> *errors,
                      const QString &fieldPrefix = QString());

} // namespace corral
