#include "autostart.h"

#include <QCoreApplication>

namespace corral::gui::autostart {

QString minimizedOption()
{
    return QStringLiteral("minimized");
}

QStringList defaultCommand()
{
    return {QCoreApplication::applicationFilePath(), QStringLiteral("--") + minimizedOption()};
}

} // namespace corral::gui::autostart
