#include "ListingPrinter.h"

#include "mcp/McpEntry.h"
#include "server/AdminApi.h"

#include <QJsonArray>

namespace aipex::cli {

void ListingPrinter::applications(CliOutput* out, const QJsonObject& page, int askedPage)
{
    if (out->json()) {
        out->printJson(page);
        return;
    }
    const QJsonArray records = page.value(QLatin1String("records")).toArray();
    out->line(
        tr("%n application(s) in all; page %1 of %2:", nullptr, page.value(QLatin1String("total")).toInt())
            .arg(page.value(QLatin1String("current")).toInt(askedPage))
            .arg(qMax(1, page.value(QLatin1String("pages")).toInt())),
        CliOutput::Tone::Bold);
    for (const QJsonValue& v : records) {
        const QJsonObject a = v.toObject();
        out->line(QStringLiteral("  %1  %2  [%3]")
                      .arg(a.value(QLatin1String("appId")).toString(), -22)
                      .arg(a.value(QLatin1String("appName")).toString(),
                           a.value(QLatin1String("status")).toString()));
    }
}

void ListingPrinter::keys(CliOutput* out, QJsonObject page, const QString& appId, bool showKey)
{
    QJsonArray records = page.value(QLatin1String("records")).toArray();
    for (qsizetype i = 0; i < records.size(); ++i) {
        QJsonObject k = records.at(i).toObject();
        const QString name = k.value(QLatin1String("keyName")).toString();
        if (!AdminApi::isMaskedKey(name) && !showKey)
            k.insert(QStringLiteral("keyName"), McpEntry::maskToken(name));
        records.replace(i, k);
    }
    page.insert(QStringLiteral("records"), records);
    if (out->json()) {
        out->printJson(page);
        return;
    }
    out->line(
        tr("API keys of %1 (%n in all):", nullptr, page.value(QLatin1String("total")).toInt()).arg(appId),
        CliOutput::Tone::Bold);
    for (const QJsonValue& v : std::as_const(records)) {
        const QJsonObject k = v.toObject();
        out->line(QStringLiteral("  #%1  %2  %3  %4  %5")
                      .arg(k.value(QLatin1String("id")).toVariant().toString())
                      .arg(k.value(QLatin1String("name")).toString(),
                           k.value(QLatin1String("keyName")).toString(),
                           k.value(QLatin1String("status")).toString(),
                           tr("expires %1").arg(k.value(QLatin1String("expireAt")).toString())));
    }
}

} // namespace aipex::cli
