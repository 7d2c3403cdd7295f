#pragma once

#include "Error.h"

#include <QByteArray>
#include <QString>

namespace aipex {

// Writes a file that may hold a key: atomically (no half-written file on a crash
// or a full disk), 0600 when we create it, the existing mode kept when we replace.
class SecureFile
{
    Q_DECLARE_TR_FUNCTIONS(SecureFile)
public:
    static bool write(const QString& path, const QByteArray& data, Error* error, bool* created = nullptr);
};

} // namespace aipex
