#pragma once

#include <QByteArray>
#include <QString>

namespace aipex {

// Letting go of a password so it does not linger: the characters a variable owns are
// overwritten before it is emptied. A copy shared with another variable is only released
// (overwriting it would change the other's value); that one is wiped by its last owner.
class Secrets
{
public:
    static void wipe(QString& s);
    static void wipe(QByteArray& b);
    // Overwrites and removes an environment variable of this process, so child processes
    // (a bridge run through npx, an editor's CLI) never inherit it.
    static void scrubEnvironment(const char* name);
};

} // namespace aipex
