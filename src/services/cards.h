#pragma once

#include "core/cardfees.h"
#include "services/cardrequest.h"
#include "services/formfields.h"

#include <QDateTime>
#include <QList>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>

namespace lobbydesk {

class EventLog;
class DirectorySearch;

enum class CardRequestList { Pending, ToIssue, Today, All };

// What a card tapped at a reader is, from the desk's bindings and the building directory.
struct CardCheck
{
    enum class Status {
        Tenant, // an active card of a tenant: personId, personName, units
        Temporary, // an active temporary card: personName is its holder
        Blocked, // reported lost: refused everywhere, and the desk is told
        Cancelled, // cancelled or replaced
        Expired, // a temporary card past its day
        Staff, // a staff card
        Unknown, // no one's card here (or not a card UID)
    };
    Status status = Status::Unknown;
    QString uid; // normalised; empty when not a card UID
    QString personId;
    QString personName;
    QStringList units;
    QStringList roles;
    QDateTime since; // blocked / cancelled at
    QDateTime expiresAt;
};

// The IC-card service (product.md, "IC-card requests"; docs/ic-cards.md): requests and the
// desk's approval with fees and deposits, issuing a tapped card to a person, report lost
// (blocks the UID here at once and everywhere through the hub), cancel with the deposit
// refunded, and the check of a tapped card that the kiosk and every reader use.
class Cards
{
public:
    struct Options
    {
        std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
        CardFees fees;
        // What else the desk must see when a person's card is reported lost (the keys
        // service adds the person's open key loans here when it is wired in).
        std::function<QList<LostCardFlag>(const QString &personId)> moreLostCardFlags;
    };

    // The desk's decision on a request. Amounts are typed text in yuan; empty = nothing.
    struct Approval
    {
        bool identityChecked = false;
        QString fee;
        QString deposit;
        QString note;
    };

    // What an approval or a cancellation did besides the decision.
    struct Outcome
    {
        CardRequest request;
        QList<CardPayment> payments; // each one is a receipt to print
        QList<QString> blocked; // UIDs blocked
        QList<QString> cancelled; // UIDs cancelled
        QList<LostCardFlag> flags;
    };

    Cards(EventLog &events, Options options);
    explicit Cards(EventLog &events);
    ~Cards();
    Q_DISABLE_COPY_MOVE(Cards)

    [[nodiscard]] QList<FieldProblem> problems(const CardRequestForm &form) const;
    // Records card.requested; throws Error(Invalid) listing the problems.
    CardRequest request(const CardRequestForm &form, const QString &actor, const QUuid &id = {});

    // The fee and deposit an approval charges by default (the request's card type).
    [[nodiscard]] std::pair<qint64, qint64> charges(const QString &requestId) const;
    // Identity proof must be checked; a proxy needs the authorisation letter noted at the
    // request. Records the fee and deposit (with receipt numbers); a report-lost or a
    // replacement for a lost card blocks the person's cards; a cancellation cancels them and
    // refunds their deposits.
    Outcome approve(const QString &requestId, const Approval &approval, const QString &actor);
    CardRequest reject(const QString &requestId, const QString &reason, const QString &actor);
    // Binds a tapped card to the approved request's person. A UID blocked, or bound to someone
    // else, is refused with the reason (whose card; never their phone).
    CardRequest issue(const QString &requestId, const QString &uid, const QString &actor);
    // The desk blocks a person's cards at once (no request to approve). Returns the flags.
    Outcome reportLost(const QString &personId, const QString &reason, const QString &actor);

    // A tapped card, checked offline.
    [[nodiscard]] CardCheck check(const QString &uid) const;
    // Records card.blocked.tapped (the desk's flag) when `uid` is blocked; returns the check.
    CardCheck tapped(const QString &uid);
    // Records card.blocked_tap.acknowledged: the desk has seen the tap `tapId` (its event id)
    // and done what `note` says (optional). An unknown tap, one already acknowledged (by whom
    // and when) or a note that is too long is refused and records nothing.
    BlockedTap acknowledgeTap(const QString &tapId, const QString &note, const QString &actor);
    // A tenant identified at the kiosk by unit and phone (report lost without the card).
    [[nodiscard]] std::optional<QString> personByUnitAndPhone(
        const QString &unit, const QString &phone) const;

    // The active people of a unit (the desk's report-lost and new-request pickers): id, name.
    [[nodiscard]] QList<std::pair<QString, QString>> peopleAt(const QString &unit) const;

    [[nodiscard]] std::optional<CardRequest> find(const QString &requestId) const;
    [[nodiscard]] QList<CardRequest> list(CardRequestList which) const;
    [[nodiscard]] QList<CardBinding> blockedCards() const;
    [[nodiscard]] QList<CardBinding> activeCardsOf(const QString &personId) const;
    // Those not acknowledged first (all of them), then the newest acknowledged, up to `limit`.
    [[nodiscard]] QList<BlockedTap> blockedTaps(int limit = 50) const;
    [[nodiscard]] std::optional<BlockedTap> blockedTap(const QString &tapId) const;
    [[nodiscard]] int unacknowledgedTapCount() const;
    [[nodiscard]] QList<CardPayment> payments(const QDate &localDay) const;
    // Payments minus refunds of a local day, in fen.
    [[nodiscard]] qint64 dailyTotal(const QDate &localDay) const;
    [[nodiscard]] QList<LostCardFlag> lostCardFlags(const QString &personId) const;
    // The flags about the holder beyond their cards (moreLostCardFlags: the keys they still
    // have out); none without that option.
    [[nodiscard]] QList<LostCardFlag> holderFlags(const QString &personId) const;
    // The blocked UIDs as CSV for the access-control system (docs/ic-cards.md).
    [[nodiscard]] QByteArray blockedCsv() const;

    [[nodiscard]] const CardFees &fees() const { return m_options.fees; }
    [[nodiscard]] QDateTime now() const { return m_options.now(); }

private:
    [[nodiscard]] CardRequest openOrThrow(const QString &requestId) const;
    [[nodiscard]] QList<CardRequest> select(const QString &where, const QVariantList &values) const;
    [[nodiscard]] std::optional<CardBinding> binding(const QString &uid) const;
    // Taps not acknowledged first, then the newest; `limit` -1 for all.
    [[nodiscard]] QList<BlockedTap> selectTaps(
        const QString &where, const QVariantList &values, int limit) const;
    [[nodiscard]] QList<CardBinding> bindings(
        const QString &where, const QVariantList &values) const;
    CardPayment pay(const CardRequest &request, const QString &kind, qint64 fen, const QString &uid,
        const QString &actor);
    void endBinding(const QString &type, const CardBinding &card, const QString &reason,
        const QString &requestId, const QString &actor);

    EventLog &m_events;
    Options m_options;
    std::unique_ptr<DirectorySearch> m_directory;
};

// A card's reason (blocked, cancelled) as recorded, in the screen's current language: the
// service's own reasons are recorded in English and translated here; one a person typed is
// shown as typed.
[[nodiscard]] QString cardReasonText(const QString &recorded);

} // namespace lobbydesk
