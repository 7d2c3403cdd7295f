#include "FuzzCommon.h"
#include "formats/YamlEditor.h"

namespace {

// The file with one empty flow list (`[]`, or ` []` after its key) taken out, for each
// place one occurs; the file itself first.
QList<QByteArray> withoutOneEmptyList(const QByteArray& text)
{
    QList<QByteArray> out{text};
    for (qsizetype k = text.indexOf("[]"); k >= 0; k = text.indexOf("[]", k + 1)) {
        out.append(QByteArray(text).remove(k, 2));
        if (k > 0 && text.at(k - 1) == ' ')
            out.append(QByteArray(text).remove(k - 1, 3));
    }
    return out;
}

// Install only adds bytes, except that an empty flow list becomes a block list for our item.
bool keptEveryByte(const QByteArray& original, const QByteArray& installed)
{
    for (const QByteArray& t : withoutOneEmptyList(original)) {
        if (fuzz::isSubsequence(t, installed))
            return true;
    }
    return false;
}

// Uninstall gives the file back byte for byte, except that the list we emptied stays as
// `key: []` (appended when we had added the key).
bool restored(const QByteArray& original, const QByteArray& removed, const QByteArray& key)
{
    if (removed.startsWith(original) && removed.mid(original.size()).trimmed() == key + ": []")
        return true;
    for (const QByteArray& t : withoutOneEmptyList(removed)) {
        if (t == original)
            return true;
    }
    return false;
}

} // namespace

// Parse → install (the rest unchanged) → read back → uninstall (the file given back):
// never a crash, and a file that is refused is refused before anything is produced.
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
    if (!found && !blank && !keptEveryByte(text, installed))
        fuzz::fail("install lost a byte of the file");
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
    if (!found && !blank && !restored(text, removed, key.toUtf8()))
        fuzz::fail("install then uninstall did not give the file back");
    return 0;
}
