#pragma once

#include "drivers/printer/receipt.h"
#include "services/visits.h"

namespace lobbydesk {

// What the printer hands out at visitor reception (docs/visitors.md). The visitor slip and the
// invitation are in the visitor's own language (Visit::language, Invitation::language); the
// evacuation roll call is in the staff's (`language`).
[[nodiscard]] Receipt visitorSlip(const Visit &visit, const QString &siteName, PaperWidth paper);
[[nodiscard]] Receipt invitationSlip(const Invitation &invitation, const QString &hostLine,
    const QString &siteName, PaperWidth paper);
[[nodiscard]] Receipt evacuationList(const QList<Visit> &onSite, const QDateTime &printedAt,
    const QDateTime &lastSync, const QString &siteName, const QString &language, PaperWidth paper);

// A purpose (visitPurposes()) in words, in the given language: screens, slips and lists agree.
[[nodiscard]] QString visitPurposeText(const QString &purpose, const QString &language);

} // namespace lobbydesk
