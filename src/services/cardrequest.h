#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace lobbydesk {

// What a tenant (at the kiosk, by their card) or the desk on their behalf asks for
// (product.md, "IC-card requests").
enum class CardRequestKind {
    New, // 新办
    ReplacementLost, // 补办: the old card is blocked at approval
    ReplacementDamaged, // 补办: the old card is cancelled when the new one is issued
    ReportLost, // 挂失: blocks the person's cards
    Cancel, // 注销 on move-out: cancels the cards, refunds the deposits
    Temporary, // a contractor's or visitor's card with an expiry
};

[[nodiscard]] QString cardRequestKindKey(CardRequestKind kind); // new, replacement-lost, …
[[nodiscard]] std::optional<CardRequestKind> cardRequestKindFrom(const QString &key);
[[nodiscard]] const QStringList &cardRequestKindKeys();
// Whether the desk taps a new card for this kind once it is approved.
[[nodiscard]] bool issuesACard(CardRequestKind kind);

struct CardRequestForm
{
    static constexpr int kMaxNameLength = 40;
    static constexpr int kMaxNoteLength = 200;

    CardRequestKind kind = CardRequestKind::New;
    QString personId; // a person of the building directory; for a temporary card, the host
    QString unit; // one of the person's units
    QString holderName; // temporary: the contractor or visitor who carries the card
    QString applicantName; // who asks; the person themself unless `proxy`
    bool proxy = false; // someone else asks on the person's behalf
    QString letterNote; // proxy: the authorisation letter, as the desk notes it
    QDate expiresOn; // temporary: the last day the card opens doors
    QString via; // kiosk or desk
    QString language; // the tenant's, for their receipts: zh_CN, zh_TW or en
};

// A request as this terminal knows it.
struct CardRequest
{
    enum class State { Requested, Approved, Rejected, Issued, Done };

    QString id;
    CardRequestKind kind = CardRequestKind::New;
    QString personId;
    QString personName; // the card holder's name (a temporary card: the holder's)
    QString unit;
    QString cardType; // resident or temporary
    QString applicantName;
    bool proxy = false;
    QString letterNote;
    QString via;
    QString language; // the tenant's: their receipts print in it
    bool identityChecked = false;
    State state = State::Requested;
    QDateTime requestedAt;
    QString requestedBy;
    QDateTime decidedAt;
    QString decidedBy;
    QString decisionNote; // rejection reason, or the desk's note
    QDateTime expiresAt; // temporary
    QString uid; // the card issued
};

[[nodiscard]] QString cardRequestStateKey(CardRequest::State state);

// A card UID as this terminal binds it: to a person and unit, active, blocked or cancelled.
struct CardBinding
{
    QString uid;
    QString personId;
    QString personName;
    QString unit;
    QString cardType;
    QString requestId; // empty for a directory card blocked here
    QDateTime boundAt;
    QDateTime expiresAt; // temporary cards
    QString state; // active, blocked, cancelled
    QDateTime changedAt;
    QString changedBy;
    QString reason;
};

// A fee, deposit or refund with its receipt number.
struct CardPayment
{
    QString receipt; // RC-yyyymmdd-nnnn
    QString terminalId;
    QString requestId;
    QString uid;
    QString personName;
    QString kind; // fee, deposit, refund
    qint64 amountFen = 0;
    QDateTime paidAt;
    QString paidBy;

    [[nodiscard]] qint64 signedFen() const { return kind == u"refund" ? -amountFen : amountFen; }
};

// A blocked card presented at a reader, and the desk's acknowledgement of it.
struct BlockedTap
{
    QString eventId;
    QString uid;
    QString terminalId;
    QDateTime tappedAt;
    QString holder; // whose card it was, as the binding says
    QDateTime acknowledgedAt; // invalid while nobody has acknowledged it
    QString acknowledgedBy;
    QString note; // what the desk did: "called the holder", "card retained"

    [[nodiscard]] bool acknowledged() const { return acknowledgedAt.isValid(); }
};

// Something the desk must look at when a person's card is reported lost. Key loans are added
// by the keys service when it is merged (it knows the loans); this service fills in its own.
struct LostCardFlag
{
    QString uid;
    QString personName;
    QString text;
};

} // namespace lobbydesk
