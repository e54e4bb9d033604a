// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The words of a weekly window as the config file stores them and users type them: day names, day lists
// and HH:MM times. Failures come back as data rather than sentences, so each caller words (and translates)
// its own message.

#include <QList>
#include <QString>
#include <QTime>

namespace corral {

// Qt::Monday … Qt::Sunday as "mon" … "sun". Any other value as its number, so a bad day shows as itself.
QString dayName(int day);
// "mon" … "sun" in any case, spaces around ignored, as Qt::Monday … Qt::Sunday; 0 for anything else.
int dayFromName(const QString &name);
// "mon,tue,fri": the days as dayName spells them, joined by commas.
QString dayListText(const QList<int> &days);

// The --days grammar: comma-separated days ("mon" or "monday"), ranges ("mon-fri"; "fri-mon" wraps over the
// weekend), "weekdays", "weekend", "daily" or "all"; any case. *days gets the days in week order without
// repeats, and may be empty ("" or ","): whether that is an error is the caller's call. False when a word is
// not a day; *unknownWord is that word, trimmed and in lower case, and *days is untouched.
bool parseDayList(const QString &text, QList<int> *days, QString *unknownWord);

// "9:05" or "09:05": hours 0-23, minutes 00-59, no seconds, no spaces. False, *time untouched, otherwise.
// One trailing newline passes (the regular expression's "$"), as it always has in the config file.
bool parseClockTime(const QString &text, QTime *time);
// "09:05", the form parseClockTime reads and the config file stores.
QString clockTimeText(const QTime &time);

} // namespace corral
