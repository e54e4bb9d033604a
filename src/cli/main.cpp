#include "verbs.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corralctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORRAL_VERSION));
    return corral::cli::run(QCoreApplication::arguments().mid(1));
}
