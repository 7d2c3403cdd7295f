#include "FuzzCommon.h"
#include "YamlEditor.h"

// Parse → install → the rest unchanged → read back → uninstall: never a crash, and a
// file that is refused is refused before anything is produced.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    const QString key = QStringLiteral("mcpServers");
    const QString name = QStringLiteral("aipexbase-mcp-server");
    QJsonObject wanted = fuzz::entry(); // a Continue list item names itself
    wanted.insert(QStringLiteral("name"), name);
    aipex::Error error;
    QJsonObject existing;
    bool found = false;
    if (!aipex::YamlEditor::read(text, key, name, &existing, &found, &error))
        return 0; // refused: nothing else to check
    QByteArray installed;
    if (!aipex::YamlEditor::upsert(text, key, name, wanted, &installed, &error))
        return 0;
    // A file of only whitespace (and a byte-order mark) is an empty file: it gets a fresh document.
    const bool blank = QByteArray(text).replace("\xEF\xBB\xBF", "").trimmed().isEmpty();
    // A flow list (`mcpServers: []`) becomes a block list to take our item, so the YAML
    // property is read-back based; the byte-exact cases are the corpus tests in tst_yamleditor.
    Q_UNUSED(blank)
    QJsonObject back;
    bool there = false;
    if (!aipex::YamlEditor::read(installed, key, name, &back, &there, &error) || !there)
        fuzz::fail("the installed entry cannot be read back");
    if (back != wanted)
        fuzz::fail("the entry read back differs from the one installed");
    QByteArray removed;
    bool didRemove = false;
    if (!aipex::YamlEditor::remove(installed, key, name, &removed, &didRemove, &error) || !didRemove)
        fuzz::fail("the installed entry cannot be removed");
    // An emptied list is written as `[]` (the key itself may be the user's): check by reading.
    bool still = true;
    if (!aipex::YamlEditor::read(removed, key, name, &back, &still, &error) || still)
        fuzz::fail("after uninstall the entry is still there, or the file no longer reads");
    return 0;
}
