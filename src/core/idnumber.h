#pragma once

#include <QByteArray>
#include <QString>

namespace lobbydesk {

// ID numbers are never stored (product.md, "Visitor reception"): only their last 4 characters,
// for a person to compare with the card in hand, and a keyed hash the deny list matches. The
// key is the site's screening key (site.screening.key from the hub), so a stolen database
// cannot be searched for a known ID number without it.

// Capitals, no spaces or dashes: "44010619900101123x" → "44010619900101123X".
[[nodiscard]] QString normalizedIdNumber(const QString &typed);
// Plausible for a mainland ID (18, the last may be X), HK (A123456(7)), TW (A123456789),
// a passport (6–12 letters and digits) once normalised.
[[nodiscard]] bool isPlausibleIdNumber(const QString &normalized);
[[nodiscard]] QString idLast4(const QString &normalized);
// BLAKE2b-256 of the normalised number keyed with the 32-byte screening key, lowercase hex;
// empty when there is no key.
[[nodiscard]] QString idNumberHash(const QString &normalized, const QByteArray &screeningKey);

} // namespace lobbydesk
