#include "import/jsoninput.h"

#include "import/jsonscanner.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <limits>
#include <set>

namespace steward::imports {
namespace {

// The translation context lupdate files these strings under.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(steward::Import)
};

// Line and column (1-based, the column in characters) of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
    return {line, column};
}

// Thrown by the parser callback to stop at a problem the parser itself would accept.
struct StopParsing
{
    enum Reason { TooDeep, Duplicate, TooMany } reason;
};

// nlohmann's message without its prefix: "syntax error while parsing value - unexpected ','…".
QString parserMessage(const char* what)
{
    QString message = QString::fromUtf8(what);
    static const QRegularExpression prefix(QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] "
                                                          "(parse error( at line \\d+, column \\d+)?: )?"));
    return message.remove(prefix);
}

QString pointerLabel(const std::string& pointer)
{
    // "/connectors/3" → connectors[3]: enough for the few places a problem without a record shows.
    QString label;
    std::size_t start = 1;
    while (start <= pointer.size() && !pointer.empty()) {
        const std::size_t end = std::min(pointer.find('/', start), pointer.size());
        std::string step = pointer.substr(start, end - start);
        for (std::size_t at; (at = step.find("~1")) != std::string::npos;)
            step.replace(at, 2, "/");
        for (std::size_t at; (at = step.find("~0")) != std::string::npos;)
            step.replace(at, 2, "~");
        const bool index =
            !step.empty() && std::all_of(step.begin(), step.end(), [](char c) { return c >= '0' && c <= '9'; });
        const QString key = keyLabel(step);
        if (index)
            label += QStringLiteral("[%1]").arg(QString::fromStdString(step));
        else if (key.startsWith(QLatin1Char('"')))
            label += QStringLiteral("[%1]").arg(key);
        else
            label += (label.isEmpty() ? QString() : QStringLiteral(".")) + key;
        start = end + 1;
    }
    return label;
}

} // namespace

JsonPath JsonPath::key(const std::string& name) const
{
    JsonPath path = *this;
    path.m_steps.push_back({name, -1});
    return path;
}

JsonPath JsonPath::index(std::size_t position) const
{
    JsonPath path = *this;
    path.m_steps.push_back({{}, qint64(position)});
    return path;
}

QString JsonPath::text(std::size_t from) const
{
    QString result;
    for (std::size_t i = from; i < m_steps.size(); ++i) {
        const Step& step = m_steps[i];
        const QString label = keyLabel(step.key);
        if (step.index >= 0)
            result += QStringLiteral("[%1]").arg(step.index);
        else if (label.startsWith(QLatin1Char('"'))) // not a plain word: connectors["two words"]
            result += QStringLiteral("[%1]").arg(label);
        else
            result += (result.isEmpty() ? QString() : QStringLiteral(".")) + label;
    }
    return result;
}

std::string JsonPath::pointer() const
{
    std::string result;
    for (const Step& step : m_steps)
        result += '/' + (step.index >= 0 ? std::to_string(step.index) : escapePointer(step.key));
    return result;
}

QString jsonTypeName(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
        return Tr::tr("null");
    case Json::value_t::boolean:
        return Tr::tr("true or false");
    case Json::value_t::string:
        return Tr::tr("text");
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return Tr::tr("a whole number");
    case Json::value_t::number_float:
        return Tr::tr("a number with a fraction");
    case Json::value_t::array:
        return Tr::tr("a list");
    case Json::value_t::object:
        return Tr::tr("an object");
    default:
        return Tr::tr("something else");
    }
}

QString keyLabel(const std::string& key)
{
    const QString text = QString::fromStdString(key);
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    if (plain.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

JsonDocument::JsonDocument(const QByteArray& text, ImportReport& report, const JsonLimits& limits)
    : m_text(text)
    , m_report(report)
{
    auto fail = [&](qsizetype offset, const QString& field, const QString& message) {
        const auto [line, column] = lineAndColumn(m_text, offset);
        m_report.fail({message, {}, field, line, column});
    };
    if (text.size() > limits.bytes) {
        m_report.fail({Tr::tr("the input is larger than %1 MiB, more than any inventory; it was not read.")
                           .arg(limits.bytes >> 20)});
        return;
    }
    // Keys seen in each object being parsed: nlohmann keeps the last of two equal keys silently.
    std::vector<std::set<std::string>> keys;
    qint64 values = 0;
    auto callback = [&keys, &values, &limits](int depth, Json::parse_event_t event, Json& parsed) {
        if ((event == Json::parse_event_t::value || event == Json::parse_event_t::object_start ||
             event == Json::parse_event_t::array_start) &&
            ++values > limits.values)
            throw StopParsing{StopParsing::TooMany};
        switch (event) {
        case Json::parse_event_t::object_start:
            if (depth >= limits.depth)
                throw StopParsing{StopParsing::TooDeep};
            keys.emplace_back();
            break;
        case Json::parse_event_t::array_start:
            if (depth >= limits.depth)
                throw StopParsing{StopParsing::TooDeep};
            break;
        case Json::parse_event_t::object_end:
            if (!keys.empty())
                keys.pop_back();
            break;
        case Json::parse_event_t::key:
            if (!keys.empty() && parsed.is_string() && !keys.back().insert(parsed.get<std::string>()).second)
                throw StopParsing{StopParsing::Duplicate};
            break;
        default:
            break;
        }
        return true;
    };
    try {
        m_root = Json::parse(m_text.constBegin(), m_text.constEnd(), callback, true, false);
        m_ok = true;
    } catch (const StopParsing& stop) {
        m_root = Json();
        const ScanResult scanner = stop.reason == StopParsing::TooMany ? ScanResult() : scanJson(m_text, {}, false, limits.depth);
        switch (stop.reason) {
        case StopParsing::Duplicate:
            fail(scanner.problem, pointerLabel(scanner.problemPointer),
                 Tr::tr("\u201c%1\u201d is given twice in one object; each name may appear once.")
                     .arg(QString::fromStdString(scanner.duplicateKey)));
            break;
        case StopParsing::TooDeep: // the way down is the nesting itself: the line and column say enough
            fail(scanner.problem, {},
                 Tr::tr("the data is nested more than %1 levels deep, far beyond any inventory.").arg(limits.depth));
            break;
        case StopParsing::TooMany:
            m_report.fail({Tr::tr("the input holds more than %1 values, far beyond any inventory; it was not read.")
                               .arg(limits.values)});
            break;
        }
    } catch (const Json::parse_error& e) {
        m_root = Json();
        fail(qsizetype(e.byte) - 1, {}, Tr::tr("this is not valid JSON: %1").arg(parserMessage(e.what())));
    } catch (const Json::exception& e) {
        // A number too large for a double: nlohmann gives no position, the scanner finds it.
        m_root = Json();
        const ScanResult scanner = scanJson(m_text, {}, false, limits.depth);
        fail(scanner.problem, {}, Tr::tr("this is not valid JSON: %1").arg(parserMessage(e.what())));
    } catch (const std::bad_alloc&) {
        m_root = Json();
        m_report.fail({Tr::tr("there is not enough memory to read the input.")});
    }
}

void JsonDocument::error(const JsonPath& at, const QString& record, const QString& field, const QString& message)
{
    const bool kept = !m_report.errorLimitReached();
    m_report.fail({message, record, field});
    if (kept)
        m_pending.push_back({true, m_report.errors().size() - 1, at.pointer()});
}

void JsonDocument::warning(const JsonPath& at, const QString& record, const QString& field, const QString& message)
{
    const bool kept = !m_report.warningLimitReached();
    m_report.warn({message, record, field});
    if (kept)
        m_pending.push_back({false, m_report.warnings().size() - 1, at.pointer()});
}

void JsonDocument::locateIssues()
{
    if (m_pending.empty())
        return;
    // Each place and the places on the way to it: an absent member is shown at its object.
    std::set<std::string> wanted;
    for (const Pending& pending : m_pending) {
        std::string pointer = pending.pointer;
        while (true) {
            wanted.insert(pointer);
            const std::size_t slash = pointer.rfind('/');
            if (slash == std::string::npos)
                break;
            pointer.resize(slash);
        }
    }
    const ScanResult scanner = scanJson(m_text, wanted, true, maxJsonDepth + 1);
    for (const Pending& pending : m_pending) {
        std::string pointer = pending.pointer;
        auto found = scanner.found.find(pointer);
        while (found == scanner.found.end() && !pointer.empty()) {
            pointer.resize(pointer.rfind('/'));
            found = scanner.found.find(pointer);
        }
        if (found == scanner.found.end())
            continue;
        const auto [line, column] = lineAndColumn(m_text, found->second);
        ImportIssue& issue = pending.error ? m_report.errors()[pending.index] : m_report.warnings()[pending.index];
        issue.line = line;
        issue.column = column;
    }
    m_pending.clear();
    // In the order of the text, as a person reads it; issues without a place last.
    const auto byPlace = [](const ImportIssue& a, const ImportIssue& b) {
        const auto place = [](const ImportIssue& i) {
            return std::pair{i.line > 0 ? i.line : std::numeric_limits<int>::max(), i.column};
        };
        return place(a) < place(b);
    };
    std::stable_sort(m_report.errors().begin(), m_report.errors().end(), byPlace);
    std::stable_sort(m_report.warnings().begin(), m_report.warnings().end(), byPlace);
}

} // namespace steward::imports
