#pragma once

#include "CliOutput.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace aipex::cli {

// Prints the pages `apps` and `keys` list: as JSON with --json, else one line a record.
// Listed keys are masked unless asked, in JSON too: a listing is not where a key is handed out.
class ListingPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ListingPrinter)
public:
    static void applications(CliOutput* out, const QJsonObject& page, int askedPage);
    static void keys(CliOutput* out, QJsonObject page, const QString& appId, bool showKey);
};

} // namespace aipex::cli
