#include "Secrets.h"

#include <cstdlib>
#include <cstring>

namespace aipex {

namespace {
// Through a volatile pointer: stores the compiler may not drop as dead before the free.
template<typename T>
void overwrite(T* data, qsizetype n)
{
    volatile T* p = data;
    for (qsizetype i = 0; i < n; ++i)
        p[i] = T(0);
}
} // namespace

void Secrets::wipe(QString& s)
{
    if (s.isDetached() && !s.isEmpty())
        overwrite(reinterpret_cast<char16_t*>(s.data()), s.size());
    s = QString();
}

void Secrets::wipe(QByteArray& b)
{
    if (b.isDetached() && !b.isEmpty())
        overwrite(b.data(), b.size());
    b = QByteArray();
}

void Secrets::scrubEnvironment(const char* name)
{
    // getenv's string is the process's own copy (the start-up block or putenv's); writable.
    if (char* value = std::getenv(name))
        overwrite(value, qsizetype(std::strlen(value)));
    qunsetenv(name);
}

} // namespace aipex
