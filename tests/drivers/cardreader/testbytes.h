#pragma once

#include <QByteArray>
#include <QString>
#include <catch2/catch.hpp>
#include <ostream>

// "00 00 FF …" as bytes; spaces are for the reader.
inline QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// Catch prints QByteArray and QString in failures as hex and text.
namespace Catch {
template<> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &bytes) { return bytes.toHex(' ').toStdString(); }
};
template<> struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch
