#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace aipex {

// A unified diff (--- a/file, +++ b/file, @@ hunks) of two texts, for showing a
// change before it is made. Secrets are replaced by KeyMask.
class UnifiedDiff
{
public:
    static QString make(const QByteArray& before, const QByteArray& after, const QString& fileName,
                        const QStringList& secrets = {}, int context = 3);
};

} // namespace aipex
