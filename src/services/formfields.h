#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace lobbydesk {

// A field the person has to correct, and why, in the current UI language.
struct FieldProblem
{
    QString field; // unit, applicant, carrier_name, …, items, item.3.name, valid_until, …
    QString message;
};

// field → message for a form on screen: the first problem of a field is the one to fix.
[[nodiscard]] QVariantMap problemsByField(const QList<FieldProblem> &problems);

// A vehicle plate as stored and signed: capitals, no spaces, dots or dashes (粤B12345).
[[nodiscard]] QString normalizedPlate(const QString &typed);
// Mainland plates (京A12345, 粤B·D12345 for new energy), Hong Kong and Macau plates
// (AB 1234, MA-12-34) and Taiwan plates (ABC-1234), once normalised.
[[nodiscard]] bool isPlausiblePlate(const QString &normalized);

} // namespace lobbydesk
