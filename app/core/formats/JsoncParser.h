#pragma once

#include "Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace aipex {

// A tolerant JSON-with-comments reader that keeps byte offsets, so an editor can
// change one member and leave every other byte alone. Accepts what VS Code's
// JSONC accepts (// and /* */ comments, trailing commas, a UTF-8 BOM) and says
// whether the text was also strict JSON, which JSON.parse-based clients need.
class JsoncParser
{
    Q_DECLARE_TR_FUNCTIONS(JsoncParser)
public:
    struct Member;
    struct Node
    {
        enum Kind
        {
            Object,
            Array,
            String,
            Number,
            Bool,
            Null
        };
        Kind kind = Null;
        qsizetype start = 0; // first byte of the value
        qsizetype end = 0;   // one past its last byte
        QJsonValue value;
        std::vector<Member> members; // objects only, in file order
    };
    struct Member
    {
        qsizetype keyStart = 0; // the opening quote
        qsizetype keyEnd = 0;   // one past the closing quote
        QString key;
        Node value;
        qsizetype comma = -1; // the comma after the value, -1 for none
    };
    struct Document
    {
        bool hasRoot = false; // false: only whitespace (and comments) in the file
        bool hasComments = false;
        bool hasTrailingCommas = false;
        bool hasBom = false;
        Node root;
        bool isStrictJson() const { return !hasComments && !hasTrailingCommas && !hasBom; }
    };

    // False with *error (InvalidConfig, naming line and column) when the text is not JSONC.
    static bool parse(const QByteArray& text, Document* doc, Error* error, const QString& path = QString());
    // 1-based line and column (in characters) of a byte offset.
    static void lineColumn(const QByteArray& text, qsizetype offset, int* line, int* column);
    // Members of `object` named `key`: more than one is allowed by JSONC but ambiguous for us.
    static std::vector<const Member*> membersNamed(const Node& object, const QString& key);
};

} // namespace aipex
