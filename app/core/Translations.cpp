#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace aipex {

namespace {
QString g_current = QStringLiteral("en");
}

QString Translations::resolve(const QString& requested)
{
    QString lang = requested.trimmed();
    if (lang.isEmpty()) {
        // LANGUAGE / LC_ALL / LANG, as QLocale reads them.
        lang = QLocale::system().name();
    }
    return lang.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? QStringLiteral("zh_CN")
                                                                     : QStringLiteral("en");
}

QString Translations::languageFromArguments(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

QString Translations::install(const QString& requested)
{
    const QString lang = resolve(requested);
    g_current = lang;
    if (lang == u"en")
        return lang;
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(QStringLiteral(":/i18n/aipexbase-setup_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    // Qt's own strings (standard buttons, QCommandLineParser's help) when Debian ships them.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return lang;
}

QString Translations::current()
{
    return g_current;
}

} // namespace aipex
