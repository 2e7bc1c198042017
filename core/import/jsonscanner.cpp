#include "import/jsonscanner.h"

#include <cctype>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace steward::imports {
namespace {

// A recursive descent over the text that only looks for places; its recursion stops at maxDepth, as
// the parser's nesting does.
class Scanner
{
public:
    Scanner(const QByteArray& text, const std::set<std::string>& wanted, int maxDepth)
        : m_p(text.constData())
        , m_begin(text.constData())
        , m_end(text.constData() + text.size())
        , m_wanted(wanted)
        , m_maxDepth(maxDepth)
    {
    }

    ScanResult run(bool stopWhenFound)
    {
        m_stopWhenFound = stopWhenFound && !m_wanted.empty();
        std::string pointer;
        skipSpace();
        value(0, pointer);
        return std::move(m_result);
    }

private:
    bool done() const { return m_result.problem >= 0 || (m_wanted.size() == m_result.found.size() && m_stopWhenFound); }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    static void appendUtf8(std::string& out, char32_t c)
    {
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }

    bool hex4(char32_t& value)
    {
        if (m_end - m_p < 4)
            return false;
        value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *m_p++;
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }

    // A string at m_p (its opening quote), decoded into `out`.
    bool string(std::string& out)
    {
        if (m_p >= m_end || *m_p != '"')
            return false;
        ++m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p != '\\') {
                out += *m_p++;
                continue;
            }
            if (++m_p >= m_end)
                return false;
            const char escape = *m_p++;
            switch (escape) {
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                char32_t unit = 0;
                if (!hex4(unit))
                    return false;
                if (unit >= 0xD800 && unit < 0xDC00 && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                    m_p += 2;
                    char32_t low = 0;
                    if (!hex4(low))
                        return false;
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, unit);
                break;
            }
            default:
                out += escape;
                break; // " \ /
            }
        }
        if (m_p >= m_end)
            return false;
        ++m_p;
        return true;
    }

    bool number()
    {
        const char* start = m_p;
        while (m_p < m_end && (std::isdigit(static_cast<unsigned char>(*m_p)) || *m_p == '-' || *m_p == '+' ||
                               *m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            ++m_p;
        if (m_p == start)
            return false;
        // nlohmann stops at a number that no double holds (an integer beyond 64 bits becomes one),
        // reading it as strtod does in the current locale: so does this, with its decimal separator.
        std::string token(start, m_p);
        if (const lconv* numeric = std::localeconv(); numeric && numeric->decimal_point && *numeric->decimal_point) {
            for (char& c : token) {
                if (c == '.')
                    c = *numeric->decimal_point;
            }
        }
        if (std::isinf(std::strtod(token.c_str(), nullptr))) {
            m_result.problem = start - m_begin;
            return false;
        }
        return true;
    }

    bool literal(const char* word)
    {
        const std::size_t length = std::strlen(word);
        if (std::size_t(m_end - m_p) < length || std::memcmp(m_p, word, length) != 0)
            return false;
        m_p += length;
        return true;
    }

    bool value(int depth, std::string& pointer)
    {
        if (m_p >= m_end)
            return false;
        if (m_wanted.count(pointer))
            m_result.found.emplace(pointer, m_p - m_begin);
        switch (*m_p) {
        case '{':
        case '[':
            if (depth >= m_maxDepth) {
                m_result.problem = m_p - m_begin;
                m_result.problemPointer = pointer;
                return false;
            }
            return *m_p == '{' ? object(depth, pointer) : array(depth, pointer);
        case '"': {
            std::string ignored;
            return string(ignored);
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool object(int depth, std::string& pointer)
    {
        ++m_p;
        std::set<std::string> keys;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        while (!done()) {
            skipSpace();
            const qsizetype keyOffset = m_p - m_begin;
            std::string key;
            if (!string(key))
                return false;
            if (!keys.insert(key).second) {
                m_result.problem = keyOffset;
                m_result.problemPointer = pointer;
                m_result.duplicateKey = key;
                return false;
            }
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return false;
            ++m_p;
            skipSpace();
            const std::size_t length = pointer.size();
            pointer += '/';
            pointer += escapePointer(key);
            const bool ok = value(depth + 1, pointer);
            pointer.resize(length);
            if (!ok)
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return true;
            }
            return false;
        }
        return false;
    }

    bool array(int depth, std::string& pointer)
    {
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (std::size_t index = 0; !done(); ++index) {
            skipSpace();
            const std::size_t length = pointer.size();
            pointer += '/';
            pointer += std::to_string(index);
            const bool ok = value(depth + 1, pointer);
            pointer.resize(length);
            if (!ok)
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            return false;
        }
        return false;
    }

    const char* m_p;
    const char* m_begin;
    const char* m_end;
    const std::set<std::string>& m_wanted;
    int m_maxDepth;
    bool m_stopWhenFound = false;
    ScanResult m_result;
};

} // namespace

std::string escapePointer(const std::string& key)
{
    std::string escaped;
    escaped.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return escaped;
}

ScanResult scanJson(const QByteArray& text, const std::set<std::string>& wanted, bool stopWhenFound, int maxDepth)
{
    return Scanner(text, wanted, maxDepth).run(stopWhenFound);
}

} // namespace steward::imports
