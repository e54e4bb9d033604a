// SPDX-FileCopyrightText: 2026 The Corral authors
// SPDX-License-Identifier: Apache-2.0

#include "durationtext.h"

#include <QCoreApplication>

namespace corral {

QString durationText(qint64 s)
{
    if (s < 0)
        s = 0;
    if (s < 60)
        //: Seconds (an uptime); s is the unit.
        return QCoreApplication::translate("corral::Duration", "%1s").arg(s);
    if (s < 3600)
        //: Minutes and seconds (an uptime); the seconds always have two digits.
        return QCoreApplication::translate("corral::Duration", "%1m %2s")
            .arg(s / 60)
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        //: Hours and minutes (an uptime); the minutes always have two digits.
        return QCoreApplication::translate("corral::Duration", "%1h %2m")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    //: Days and hours (an uptime).
    return QCoreApplication::translate("corral::Duration", "%1d %2h").arg(s / 86400).arg((s % 86400) / 3600);
}

} // namespace corral
