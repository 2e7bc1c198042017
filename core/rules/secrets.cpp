#include "rules/secrets.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <array>
#include <cmath>

namespace steward::rules {
namespace {

// One recognisable kind of credential: the pattern (non-capturing groups only, so each kind is
// one group of the combined expression) and what to call it in a message.
struct SecretKind
{
    QString pattern;
    const char* reason;
};

// The prefixes the vendors document for their keys, tokens and key files, then generic
// "password=..." assignments. Vendor prefixes are matched case-sensitively, as issued.
const std::array<SecretKind, 13>& kinds()
{
    static const std::array<SecretKind, 13> list{{
        {QStringLiteral(R"(-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----)"),
         QT_TRANSLATE_NOOP("steward::Rules", "a private key")},
        {QStringLiteral(R"((?i:(?<![A-Za-z0-9])bearer)\s+[A-Za-z0-9\-._~+/]{20,}=*)"),
         QT_TRANSLATE_NOOP("steward::Rules", "an HTTP bearer token")},
        {QStringLiteral(R"((?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9]))"),
         QT_TRANSLATE_NOOP("steward::Rules", "an AWS access key id")},
        {QStringLiteral(R"((?<![A-Za-z0-9])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}))"),
         QT_TRANSLATE_NOOP("steward::Rules", "a GitHub token")},
        {QStringLiteral(R"((?<![A-Za-z0-9])(?:xox[abposr]|xapp)-(?=[A-Za-z\-]*[0-9])[A-Za-z0-9\-]{20,})"),
         QT_TRANSLATE_NOOP("steward::Rules", "a Slack token")},
        {QStringLiteral(R"((?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_\-]{20,})"),
         QT_TRANSLATE_NOOP("steward::Rules", "an Anthropic API key")},
        // A digit is required: "sk-" also starts ordinary hyphenated words.
        {QStringLiteral(R"((?<![A-Za-z0-9])sk-(?=[A-Za-z_\-]*[0-9])[A-Za-z0-9_\-]{20,})"),
         QT_TRANSLATE_NOOP("steward::Rules", "an OpenAI-style API key")},
        {QStringLiteral(R"((?<![A-Za-z0-9])AIza[0-9A-Za-z_\-]{35})"),
         QT_TRANSLATE_NOOP("steward::Rules", "a Google API key")},
        {QStringLiteral(R"((?<![A-Za-z0-9])[sr]k_(?:live|test)_[0-9A-Za-z]{16,})"),
         QT_TRANSLATE_NOOP("steward::Rules", "a Stripe secret key")},
        {QStringLiteral(R"((?<![A-Za-z0-9])eyJ[A-Za-z0-9_\-]{13,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*)"),
         QT_TRANSLATE_NOOP("steward::Rules", "a JSON Web Token")},
        {QStringLiteral(R"([a-z][a-z0-9+.\-]*://[^\s/:@]+:[^\s/@]{3,}@)"),
         QT_TRANSLATE_NOOP("steward::Rules", "a URL with a password in it")},
        // name=value: any value of four characters that is not a placeholder ($VAR, <...>, {...}, ***).
        {QStringLiteral(R"((?i:(?<![A-Za-z0-9])(?:password|passwd|pwd|api[_\-]?key|apikey|api[_\-]?secret|secret|)"
                        R"(secret[_\-]?key|client[_\-]?secret|access[_\-]?token|auth[_\-]?token|private[_\-]?key|)"
                        R"(token))["']?\s*=\s*["']?(?![$<{%*])[^\s"'&;,<>]{4,})"),
         QT_TRANSLATE_NOOP("steward::Rules", "a password or key written out")},
        // name: value is also how prose and scopes read ("secret: none", "read:secrets"), so only
        // the unambiguous names count, with a value of eight or more characters holding a digit.
        {QStringLiteral(R"((?i:(?<![A-Za-z0-9])(?:password|passwd|api[_\-]?key|apikey|client[_\-]?secret|)"
                        R"(secret[_\-]?key|access[_\-]?token|auth[_\-]?token))["']?\s*:\s*["']?)"
                        R"((?=[^\s"']*[0-9])[^\s"'&;,<>]{8,})"),
         QT_TRANSLATE_NOOP("steward::Rules", "a password or key written out")},
    }};
    return list;
}

// Every kind as one group of a single expression, so a text is scanned once.
const QRegularExpression& combined()
{
    static const QRegularExpression expression = [] {
        QStringList groups;
        for (const SecretKind& kind : kinds())
            groups.append(QLatin1Char('(') + kind.pattern + QLatin1Char(')'));
        QRegularExpression re(groups.join(QLatin1Char('|')));
        re.optimize();
        return re;
    }();
    return expression;
}

bool isTokenChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

// Whether the word before an '=' or ':' at `pos` (past spaces and quotes) ends like a name the
// generic patterns know: api_key, client_secret, access_token, password…
bool followsKeyword(QStringView text, qsizetype pos)
{
    while (pos > 0 && (text[pos - 1].isSpace() || text[pos - 1] == u'"' || text[pos - 1] == u'\''))
        --pos;
    const QStringView before = text.first(pos);
    for (const char16_t* keyword : {u"password", u"passwd", u"pwd", u"key", u"secret", u"token"}) {
        if (before.endsWith(QStringView(keyword), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// What every kind above needs: a run of five dashes (a key block), a run of 16 token characters
// (every vendor token), the word "bearer", '@' after "://" (a URL with a password), or '=' or ':'
// after a keyword. Almost no text has any of these, and this check is what every write pays:
// URLs and scope strings are answered here without running the patterns.
bool mayHoldSecret(QStringView text)
{
    int run = 0;
    int dashes = 0;
    bool afterScheme = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c == u'=' || c == u':') && followsKeyword(text, i))
            return true;
        if (c == u':' && text.mid(i + 1, 2) == u"//")
            afterScheme = true;
        if ((c == u'@' && afterScheme) ||
            ((c == u'b' || c == u'B') && text.mid(i, 6).compare(u"bearer", Qt::CaseInsensitive) == 0))
            return true;
        dashes = c == u'-' ? dashes + 1 : 0;
        run = isTokenChar(c) ? run + 1 : 0;
        if (run >= 16 || dashes >= 5)
            return true;
    }
    return false;
}

bool isAsciiAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Shannon entropy in bits per character of an ASCII run.
double entropyOf(QStringView run)
{
    std::array<int, 128> counts{};
    for (const QChar c : run)
        ++counts[c.unicode() & 0x7f];
    double bits = 0;
    for (const int count : counts) {
        if (count == 0)
            continue;
        const double p = double(count) / double(run.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

// The share of neighbours of different kinds (upper case, lower case, digit): about 0.6 in random
// text, under 0.3 in words written together, which switch only where a word starts.
double classSwitches(QStringView run)
{
    auto kind = [](QChar c) {
        return c.isUpper() ? 0 : c.isLower() ? 1 : 2;
    };
    int switches = 0;
    for (qsizetype i = 1; i < run.size(); ++i)
        switches += kind(run[i]) != kind(run[i - 1]) ? 1 : 0;
    return double(switches) / double(run.size() - 1);
}

// A token without a vendor prefix: 32 or more letters and digits in a row, mixing upper case,
// lower case and digits as generated text does — the characters spread (32 random characters from
// 62 reach about 4.5 bits each, words about 4) and the kinds alternating. About 3 in 100 random
// 32-character strings escape, 1 in 200 of 64. Runs inside a URL are left alone: document links
// (Google Docs, Notion) carry long random ids, and a key in a query string is caught by name above.
constexpr qsizetype minRandomRun = 32;
constexpr double minRandomBits = 4.2;
constexpr double minRandomSwitches = 0.45;

bool holdsRandomRun(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u':' && text.mid(i + 1, 2) == u"//") {
            while (i < text.size() && !text[i].isSpace())
                ++i;
            continue;
        }
        if (!isAsciiAlnum(text[i].unicode())) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool upper = false, lower = false, digit = false;
        while (i < text.size() && isAsciiAlnum(text[i].unicode())) {
            const char16_t c = text[i].unicode();
            upper = upper || (c >= u'A' && c <= u'Z');
            lower = lower || (c >= u'a' && c <= u'z');
            digit = digit || (c >= u'0' && c <= u'9');
            ++i;
        }
        // A scheme ("https") is the start of a URL, skipped whole on the next turn.
        if (i < text.size() && text[i] == u':' && text.mid(i + 1, 2) == u"//")
            continue;
        const QStringView run = text.mid(start, i - start);
        if (run.size() >= minRandomRun && upper && lower && digit && entropyOf(run) >= minRandomBits &&
            classSwitches(run) >= minRandomSwitches)
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> secretReason(const QString& text)
{
    if (!mayHoldSecret(text))
        return std::nullopt;
    const QRegularExpressionMatch match = combined().match(text);
    if (match.hasMatch()) {
        for (int group = 1; group <= match.lastCapturedIndex(); ++group) {
            if (match.capturedStart(group) >= 0)
                return QCoreApplication::translate("steward::Rules", kinds()[std::size_t(group - 1)].reason);
        }
    }
    if (holdsRandomRun(text))
        return QCoreApplication::translate("steward::Rules", "a long random-looking string, like an access token");
    return std::nullopt;
}

} // namespace steward::rules
