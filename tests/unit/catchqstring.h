#pragma once

#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

// Catch prints QString and QStringList in failures as text (not as ranges of QChar).
namespace Catch {
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
template<> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &list)
    {
        return "[" + list.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch

// Whether a message says `words` (printed when it does not): CHECK(says(problem, "Wrong PIN")).
inline bool says(const QString &message, const char *words)
{
    UNSCOPED_INFO("message: " << message.toStdString());
    return message.contains(QString::fromUtf8(words));
}
