// RecordReader (import/jsoninput.h): typed reads of a record's members, every problem named.
#include "import/jsoninput.h"
#include "rules/secrets.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

QString quoted(const QString& text)
{
    constexpr int shown = 60; // a message quotes what was found, not a whole paragraph
    return QStringLiteral("\u201c%1\u201d").arg(text.size() > shown ? text.left(shown) + QStringLiteral("…") : text);
}

// Said at the member that holds it, so the message names the field and its place in the file; the
// store refuses the same text again when it is written, whatever the way in.
std::optional<QString> secretProblem(const QString& text)
{
    if (const auto reason = rules::secretReason(text))
        return Tr::tr("this looks like a secret (%1). Steward records OAuth scopes, never credentials; remove it.")
            .arg(*reason);
    return std::nullopt;
}

QString expected(const QString& what, const Json& found)
{
    return Tr::tr("expected %1, not %2").arg(what, jsonTypeName(found));
}

} // namespace

RecordReader::RecordReader(JsonDocument& document, const Json& value, const JsonPath& path, const QString& record,
                           std::size_t recordDepth)
    : m_document(document)
    , m_object(value.is_object() ? &value : nullptr)
    , m_path(path)
    , m_record(record)
    , m_recordDepth(recordDepth)
{
    if (!m_object)
        m_document.error(m_path, m_record, field(m_path), expected(Tr::tr("an object"), value));
}

QString RecordReader::field(const JsonPath& at) const
{
    return at.text(m_recordDepth);
}

bool RecordReader::has(const char* key) const
{
    return m_object && m_object->contains(key);
}

const Json* RecordReader::take(const char* key)
{
    if (!m_object)
        return nullptr;
    if (std::find(m_known.begin(), m_known.end(), key) == m_known.end())
        m_known.emplace_back(key);
    const auto it = m_object->find(key);
    return it == m_object->end() ? nullptr : &*it;
}

std::optional<QString> RecordReader::text(const char* key)
{
    const Json* value = take(key);
    if (!value)
        return std::nullopt;
    if (value->is_null())
        return QString();
    if (!value->is_string()) {
        error(key, expected(Tr::tr("text"), *value));
        return std::nullopt;
    }
    QString result = QString::fromStdString(value->get_ref<const std::string&>());
    if (result.contains(QChar(0))) {
        error(key, Tr::tr("the text holds a NUL character, which no field may hold."));
        return std::nullopt;
    }
    if (const auto problem = secretProblem(result)) {
        error(key, *problem);
        return std::nullopt;
    }
    return result;
}

std::optional<QString> RecordReader::name(const char* key)
{
    if (isObject() && !has(key)) {
        error(Tr::tr("\u201c%1\u201d is missing; every record of this kind needs one.").arg(QLatin1String(key)));
        return std::nullopt;
    }
    const std::optional<QString> value = text(key);
    if (!value)
        return std::nullopt;
    if (value->trimmed().isEmpty()) {
        error(key, Tr::tr("the name cannot be empty."));
        return std::nullopt;
    }
    return value->trimmed();
}

std::optional<QString> RecordReader::reference(const char* key)
{
    const std::optional<QString> value = text(key);
    return value ? std::optional<QString>(value->trimmed()) : std::nullopt;
}

std::optional<QDate> RecordReader::date(const char* key)
{
    const Json* value = take(key);
    if (!value)
        return std::nullopt;
    if (value->is_null())
        return QDate();
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (value->is_string()) {
        const QString text = QString::fromStdString(value->get_ref<const std::string&>());
        if (text.isEmpty())
            return QDate();
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (isoDate.match(text).hasMatch() && day.isValid())
            return day;
        error(key, Tr::tr("%1 is no date; dates are written YYYY-MM-DD.").arg(quoted(text)));
        return std::nullopt;
    }
    error(key, expected(Tr::tr("a date as YYYY-MM-DD, or null"), *value));
    return std::nullopt;
}

std::optional<int> RecordReader::integer(const char* key, int minimum, int maximum)
{
    const Json* value = take(key);
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer()) { // signed and unsigned; a fraction is not a count
        error(key, expected(Tr::tr("a whole number"), *value));
        return std::nullopt;
    }
    // nlohmann holds a non-negative number as unsigned, a negative one as signed.
    const bool inRange = value->is_number_unsigned()
                             ? value->get<std::uint64_t>() <= std::uint64_t(maximum) &&
                                   std::int64_t(value->get<std::uint64_t>()) >= minimum
                             : value->get<std::int64_t>() >= minimum && value->get<std::int64_t>() <= maximum;
    if (!inRange) {
        error(key,
              Tr::tr("%1 is outside %2 to %3.").arg(QString::fromStdString(value->dump())).arg(minimum).arg(maximum));
        return std::nullopt;
    }
    return int(value->get<std::int64_t>());
}

std::optional<bool> RecordReader::boolean(const char* key)
{
    const Json* value = take(key);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean()) {
        error(key, expected(Tr::tr("true or false"), *value));
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<QStringList> RecordReader::strings(const char* key, bool nonEmpty, bool unique)
{
    const auto items = array(key);
    if (!items)
        return std::nullopt;
    QStringList result;
    bool ok = true;
    for (const auto& [path, item] : *items) {
        if (!item->is_string()) {
            m_document.error(path, m_record, field(path), expected(Tr::tr("text"), *item));
            ok = false;
            continue;
        }
        const QString text = QString::fromStdString(item->get_ref<const std::string&>());
        if (text.contains(QChar(0))) {
            m_document.error(path, m_record, field(path),
                             Tr::tr("the text holds a NUL character, which no field may hold."));
            ok = false;
        } else if (const auto problem = secretProblem(text)) {
            m_document.error(path, m_record, field(path), *problem);
            ok = false;
        } else if (nonEmpty && text.trimmed().isEmpty()) {
            m_document.error(path, m_record, field(path), Tr::tr("an entry of this list cannot be empty."));
            ok = false;
        } else if (unique && result.contains(text)) {
            m_document.error(path, m_record, field(path), Tr::tr("%1 is listed twice.").arg(quoted(text)));
            ok = false;
        }
        result.append(text);
    }
    return ok ? std::optional<QStringList>(result) : std::nullopt;
}

std::optional<QString> RecordReader::choice(const char* key, const QStringList& allowed)
{
    const Json* value = take(key);
    if (!value)
        return std::nullopt;
    if (!value->is_string()) {
        error(key, expected(Tr::tr("one of %1").arg(allowed.join(QStringLiteral(", "))), *value));
        return std::nullopt;
    }
    const QString text = QString::fromStdString(value->get_ref<const std::string&>());
    if (!allowed.contains(text)) {
        QStringList shown = allowed;
        std::replace(shown.begin(), shown.end(), QString(), QStringLiteral("\"\""));
        error(key, Tr::tr("%1 is not one of %2.").arg(quoted(text), shown.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return text;
}

std::optional<RecordReader> RecordReader::object(const char* key)
{
    const Json* value = take(key);
    if (!value)
        return std::nullopt;
    if (!value->is_object()) {
        error(key, expected(Tr::tr("an object"), *value));
        return std::nullopt;
    }
    return RecordReader(m_document, *value, m_path.key(key), m_record, m_recordDepth);
}

std::optional<std::vector<std::pair<JsonPath, const Json*>>> RecordReader::array(const char* key)
{
    const Json* value = take(key);
    if (!value)
        return std::nullopt;
    if (!value->is_array()) {
        error(key, expected(Tr::tr("a list"), *value));
        return std::nullopt;
    }
    std::vector<std::pair<JsonPath, const Json*>> elements;
    elements.reserve(value->size());
    const JsonPath path = m_path.key(key);
    for (std::size_t i = 0; i < value->size(); ++i)
        elements.emplace_back(path.index(i), &(*value)[i]);
    return elements;
}

RecordReader RecordReader::element(const JsonPath& path, const Json& value)
{
    return RecordReader(m_document, value, path, m_record, m_recordDepth);
}

void RecordReader::error(const char* key, const QString& message)
{
    const JsonPath at = m_path.key(key);
    m_document.error(at, m_record, field(at), message);
}

void RecordReader::error(const QString& message)
{
    m_document.error(m_path, m_record, field(m_path), message);
}

void RecordReader::error(const JsonPath& at, const QString& message)
{
    m_document.error(at, m_record, field(at), message);
}

void RecordReader::warning(const char* key, const QString& message)
{
    const JsonPath at = m_path.key(key);
    m_document.warning(at, m_record, field(at), message);
}

void RecordReader::warning(const QString& message)
{
    m_document.warning(m_path, m_record, field(m_path), message);
}

void RecordReader::finish()
{
    if (!m_object)
        return;
    for (const auto& [key, value] : m_object->items()) {
        if (std::find(m_known.begin(), m_known.end(), key) == m_known.end()) {
            const JsonPath at = m_path.key(key);
            m_document.warning(at, m_record, field(at), Tr::tr("Steward does not know this field; it was ignored."));
        }
    }
}

} // namespace steward::imports
