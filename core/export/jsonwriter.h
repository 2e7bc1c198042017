#pragma once

#include "domain/enums.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace steward::jsonexport {

// JSON text written straight into one buffer, for exports of a whole inventory: for the 100 000-row
// demo a document of nodes took three times as long as reading the rows. The text is exactly what
// nlohmann::json::dump(2) writes (two-space indents, ", " nowhere, "key": value, UTF-8, the same
// escapes), so keys come out sorted when the caller writes them in sorted order.
class JsonWriter
{
public:
    JsonWriter();

    // The text, ending in a newline.
    QByteArray take();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // A member of the open object; `name` is one of ours, plain ASCII that needs no escaping.
    JsonWriter& key(const char* name);
    JsonWriter& key(const QString& name);
    // The next element of the open array.
    JsonWriter& item();

    void string(const QString& text);
    void raw(const std::string& encoded); // a value encoded already (encoded())
    void number(qint64 value);
    void boolean(bool value);
    void null();
    void date(const QDate& day); // "YYYY-MM-DD", or null when invalid
    void strings(const QStringList& items);
    // An enumeration's key, encoded once per value.
    template <typename E> void choice(E value) { raw(encodedKey(value)); }

    // `text` as a JSON string, quotes included.
    static std::string encoded(const QString& text);

private:
    template <typename E> static const std::string& encodedKey(E value)
    {
        static const QHash<int, std::string> table = [] {
            QHash<int, std::string> keysByValue;
            for (const QString& text : keys<E>())
                keysByValue.insert(int(*parse<E>(text)), encoded(text));
            return keysByValue;
        }();
        static const std::string none = encoded(QString());
        const auto it = table.constFind(int(value));
        return it == table.constEnd() ? none : *it;
    }

    void open(char bracket);
    void close(char bracket);
    void element();
    void newline();

    std::string m_out;
    std::vector<bool> m_empty; // per open container: nothing written in it yet
};

} // namespace steward::jsonexport
