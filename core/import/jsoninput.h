#pragma once

#include "domain/enums.h"
#include "import/importreport.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

// The JSON side shared by the JSON importers: a document parsed with its size and nesting bounded
// and duplicate keys refused, the way to a value (for messages by line and column), and typed reads
// of a record's members that report every problem with its place. Private to core: nlohmann/json
// does not leak into the public headers.
namespace steward::imports {

using Json = nlohmann::json;

// Far above any inventory (the 100 000-row demo exports to a few tens of MB), far below what would
// exhaust memory: nlohmann's document takes several times the text's size.
inline constexpr qint64 maxJsonBytes = qint64(256) << 20;
// Steward's shapes nest at most seven levels deep; anything near this is not one of them.
inline constexpr int maxJsonDepth = 32;
// Values (each string, number, list, object…): the 100 000-row demo has about 1.5 million, an
// inventory of maxJsonBytes some 15 million. The bound keeps text of tiny values ("[[],[],…]",
// some twenty times its size as a document) from taking gigabytes.
inline constexpr qint64 maxJsonValues = 16'000'000;

// The bounds a document is read within (the defaults above; tests choose smaller ones).
struct JsonLimits
{
    qint64 bytes = maxJsonBytes;
    int depth = maxJsonDepth;
    qint64 values = maxJsonValues;
};

// The way from the document's root to one value: object keys and array indexes.
class JsonPath
{
public:
    JsonPath key(const std::string& name) const;
    JsonPath index(std::size_t position) const;
    std::size_t size() const { return m_steps.size(); }
    // connectors[3].scopes[1].mode; from step `from` on (a field within its record).
    QString text(std::size_t from = 0) const;
    // RFC 6901, to find the value in the text again.
    std::string pointer() const;

private:
    struct Step
    {
        std::string key;
        qint64 index = -1; // an array element when not negative
    };
    std::vector<Step> m_steps;
};

class JsonDocument
{
public:
    // Parses `text`. On failure ok() is false and the report holds the error with its line and
    // column: malformed syntax, more bytes or values than `limits` allow, nesting deeper, a key given
    // twice in one object, a number too large to hold.
    JsonDocument(const QByteArray& text, ImportReport& report, const JsonLimits& limits = {});

    bool ok() const { return m_ok; }
    const Json& root() const { return m_root; }
    ImportReport& report() { return m_report; }

    // An issue at the value `at` (or, when it is absent, the nearest value on the way to it).
    void error(const JsonPath& at, const QString& record, const QString& field, const QString& message);
    void warning(const JsonPath& at, const QString& record, const QString& field, const QString& message);
    // Gives every issue reported through error() and warning() its line and column, in one pass.
    void locateIssues();

private:
    QByteArray m_text;
    ImportReport& m_report;
    Json m_root;
    bool m_ok = false;
    struct Pending
    {
        bool error;
        std::size_t index;
        std::string pointer;
    };
    std::vector<Pending> m_pending;
};

// Typed reads of one JSON object of the input (a record, or an object within one). A read returns
// nullopt when the member is absent (the field keeps what it has) or wrong (an error is reported,
// naming the record and the member); null means "none" for references, dates and text.
class RecordReader
{
public:
    RecordReader(JsonDocument& document, const Json& value, const JsonPath& path, const QString& record,
                 std::size_t recordDepth);

    bool isObject() const { return m_object != nullptr; }
    const JsonPath& path() const { return m_path; }
    const QString& record() const { return m_record; }
    void setRecord(const QString& record) { m_record = record; } // once its name is known
    JsonDocument& document() { return m_document; }

    bool has(const char* key) const;
    // The member, marked as known; nullptr when absent (or when this is no object).
    const Json* take(const char* key);

    std::optional<QString> text(const char* key);
    std::optional<QString> name(const char* key);      // required, not empty, trimmed
    std::optional<QString> reference(const char* key); // a name, or "" for null: nobody, nothing
    std::optional<QDate> date(const char* key);        // YYYY-MM-DD, or an invalid QDate for null
    std::optional<int> integer(const char* key, int minimum, int maximum);
    std::optional<bool> boolean(const char* key);
    // A list of text; `nonEmpty` refuses empty entries, `unique` entries given twice.
    std::optional<QStringList> strings(const char* key, bool nonEmpty = false, bool unique = false);
    std::optional<QString> choice(const char* key, const QStringList& allowed);
    template <typename E> std::optional<E> enumeration(const char* key)
    {
        const std::optional<QString> value = choice(key, keys<E>());
        return value ? parse<E>(*value) : std::nullopt;
    }
    // A nested object (nullopt when absent or no object), read in the same record.
    std::optional<RecordReader> object(const char* key);
    // A list member: its elements with their paths (nullopt when absent or no list).
    std::optional<std::vector<std::pair<JsonPath, const Json*>>> array(const char* key);
    // A reader for an element of a list of this record (scopes, tasks, versions).
    RecordReader element(const JsonPath& path, const Json& value);

    void error(const char* key, const QString& message);
    void error(const QString& message);                     // about the object as a whole
    void error(const JsonPath& at, const QString& message); // at a place within the object
    void warning(const char* key, const QString& message);
    void warning(const QString& message);
    // Warns about every member no read asked for: a newer Steward's field, or a typing mistake.
    void finish();

private:
    QString field(const JsonPath& at) const;

    JsonDocument& m_document;
    const Json* m_object = nullptr;
    JsonPath m_path;
    QString m_record;
    std::size_t m_recordDepth = 0;
    std::vector<std::string> m_known;
};

// "a number", "text", "null"…: what a value is, for "expected X, not Y".
QString jsonTypeName(const Json& value);
// A JSON key as a record label shows it: `crm`, or `"two words"` when it is not a plain word.
QString keyLabel(const std::string& key);

} // namespace steward::imports
