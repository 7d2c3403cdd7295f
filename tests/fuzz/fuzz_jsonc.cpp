#include "FuzzCommon.h"
#include "JsoncEditor.h"

// Parse → install → the rest unchanged → read back → uninstall: never a crash, and a
// file that is refused is refused before anything is produced.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    const QString key = QStringLiteral("mcpServers");
    const QString name = QStringLiteral("aipexbase-mcp-server");
    aipex::Error error;
    QJsonObject existing;
    bool found = false;
    if (!aipex::JsoncEditor::read(text, key, name, &existing, &found, &error))
        return 0; // refused: nothing else to check
    QByteArray installed;
    if (!aipex::JsoncEditor::upsert(text, key, name, fuzz::entry(), &installed, &error))
        return 0;
    // A file of only whitespace (and a byte-order mark) is an empty file: it gets a fresh document.
    const bool blank = QByteArray(text).replace("\xEF\xBB\xBF", "").trimmed().isEmpty();
    if (!found && !blank && !fuzz::isSubsequenceIgnoringSpace(text, installed))
        fuzz::fail("install lost a byte of the file");
    QJsonObject back;
    bool there = false;
    if (!aipex::JsoncEditor::read(installed, key, name, &back, &there, &error) || !there)
        fuzz::fail("the installed entry cannot be read back");
    if (back != fuzz::entry())
        fuzz::fail("the entry read back differs from the one installed");
    QByteArray removed;
    bool didRemove = false;
    if (!aipex::JsoncEditor::remove(installed, key, name, &removed, &didRemove, &error) || !didRemove)
        fuzz::fail("the installed entry cannot be removed");
    if (!fuzz::isSubsequenceIgnoringSpace(removed, installed))
        fuzz::fail("uninstall changed bytes outside the entry");
    return 0;
}
