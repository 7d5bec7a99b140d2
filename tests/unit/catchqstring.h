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
