#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace lobbydesk {

// Retention (product.md, "Visitor reception"): events that carry a visitor's personal data
// lose it after a while, on terminals and the hub alike, through this one definition of what
// a redacted payload keeps. docs/event-log.md, "Redaction".

// Where retention cuts: events before `visits` lose every personal member, events before
// `idFragments` (later, so sooner in a visitor's life) lose the ID number's last 4 and hash.
struct RetentionCutoffs
{
    QDateTime visits;
    QDateTime idFragments;

    [[nodiscard]] static RetentionCutoffs before(const QDateTime &now, int visitDays, int idDays);
};

// The events that may carry a visitor's details: visit.checked_in and
// visit.invitation.created, and the key and card events that name a borrower or card holder
// (which are a visitor's only for a key lent to a visit or a temporary card).
[[nodiscard]] const QStringList &personalEventTypes();
// "type IN ('visit.checked_in', …)": the retention queries' condition, written exactly as the
// partial index events_personal is (terminal schema 15, hub schema 6) so that it is used.
[[nodiscard]] QString personalEventTypesSql();

// The payload with the personal members dropped (name, phone, plate, items, purpose_note,
// id_last4, id_hash, token, host_name, borrower_name, person_name) and "redacted": true; everything
// else (visit, number, state, unit, company, via, valid_until, …) stays so that statistics stay
// true.
[[nodiscard]] QJsonObject redactedPayload(const QJsonObject &payload);
// Only id_last4 and id_hash dropped, marked "redacted": "id".
[[nodiscard]] QJsonObject payloadWithoutIdFragments(const QJsonObject &payload);

// What retention makes of one stored event at these cut-offs: the new payload text (compact
// JSON), or nothing when it stays as it is. An invitation counts from its valid_until.
[[nodiscard]] std::optional<QByteArray> redactionOf(const QString &type, const QByteArray &payload,
    const QDateTime &occurredAt, const RetentionCutoffs &cutoffs);

// The SQL LIKE pattern of a payload already redacted in full (as redactionOf writes it), so
// that a store's query can skip those; a member inside a text value cannot match it (its
// quotes are escaped).
inline constexpr auto kFullyRedactedLike = R"(%"redacted":true%)";

} // namespace lobbydesk
