#include "app/carddesk.h"

#include "app/cardslips.h"
#include "app/deskactor.h"
#include "app/languageswitcher.h"
#include "app/slipparts.h"
#include "app/syncstatus.h"
#include "app/terminalapp.h"
#include "core/error.h"
#include "core/logging.h"
#include "drivers/cardreader/cardreader.h"
#include "drivers/printer/escposprinter.h"
#include "services/cards.h"
#include "services/keys.h"
#include "store/store.h"

#include <QHash>
#include <QSet>

namespace lobbydesk {
CardDesk::CardDesk(TerminalApp &app, SyncStatus &sync, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    // Kiosk requests, blocks and blocked-card taps of other terminals arrive with sync.
    connect(&app.store().events(), &EventLog::recorded, this, &CardDesk::refresh);
    connect(&sync, &SyncStatus::changed, this, &CardDesk::refresh);
    if (CardReader *reader = app.cardReader(); reader && app.config().role == Role::Desk)
        connect(reader, &CardReader::cardPresented, this, [this](const QString &uid) {
            if (m_waiting)
                cardTapped(uid);
        });
    refresh();
}

QVariantList CardDesk::kinds() const
{
    QVariantList rows;
    for (const QString &key : cardRequestKindKeys())
        rows.append(QVariantMap { { QStringLiteral("key"), key },
            { QStringLiteral("label"),
                cardRequestKindText(*cardRequestKindFrom(key), m_app.languages().current()) } });
    return rows;
}

QVariantMap CardDesk::requestMap(const CardRequest &request) const
{
    return {
        { QStringLiteral("id"), request.id },
        { QStringLiteral("kind"), cardRequestKindKey(request.kind) },
        { QStringLiteral("kindText"),
            cardRequestKindText(request.kind, m_app.languages().current()) },
        { QStringLiteral("person"), request.personId },
        { QStringLiteral("name"), request.personName },
        { QStringLiteral("unit"), request.unit },
        { QStringLiteral("cardType"), request.cardType },
        { QStringLiteral("applicant"), request.applicantName },
        { QStringLiteral("proxy"), request.proxy },
        { QStringLiteral("letter"), request.letterNote },
        { QStringLiteral("via"), request.via },
        { QStringLiteral("language"), request.language },
        { QStringLiteral("state"), cardRequestStateKey(request.state) },
        { QStringLiteral("requestedAt"), localMinute(request.requestedAt) },
        { QStringLiteral("expiresAt"), localMinute(request.expiresAt) },
        { QStringLiteral("issuesCard"), issuesACard(request.kind) },
        { QStringLiteral("uid"), request.uid },
        { QStringLiteral("reference"), request.id.left(8).toUpper() },
    };
}

void CardDesk::refresh()
{
    try {
        Cards &cards = m_app.cards();
        QVariantList pending;
        for (const CardRequest &request : cards.list(CardRequestList::Pending))
            pending.append(requestMap(request));
        QVariantList toIssue;
        for (const CardRequest &request : cards.list(CardRequestList::ToIssue))
            toIssue.append(requestMap(request));
        QVariantList blocked;
        // What else to look at besides the card itself: the keys its holder has out. This runs
        // with every event, and blocked cards add up over the years: one look at the open loans
        // says which holders have anything to show.
        QSet<QString> borrowers;
        for (const KeyLoan &loan : m_app.keys().openLoans())
            borrowers.insert(loan.borrowerId);
        QHash<QString, QStringList> holderFlags; // per person: a holder may have lost two cards
        for (const CardBinding &card : cards.blockedCards()) {
            if (borrowers.contains(card.personId) && !holderFlags.contains(card.personId)) {
                QStringList texts;
                for (const LostCardFlag &flag : cards.holderFlags(card.personId))
                    texts.append(flag.text);
                holderFlags.insert(card.personId, texts);
            }
            blocked.append(QVariantMap { { QStringLiteral("uid"), card.uid },
                { QStringLiteral("name"), card.personName }, { QStringLiteral("unit"), card.unit },
                { QStringLiteral("at"), localMinute(card.changedAt) },
                { QStringLiteral("reason"), cardReasonText(card.reason) },
                { QStringLiteral("flags"), holderFlags.value(card.personId) } });
        }
        QVariantList taps;
        for (const BlockedTap &tap : cards.blockedTaps())
            taps.append(QVariantMap { { QStringLiteral("id"), tap.eventId },
                { QStringLiteral("uid"), tap.uid }, { QStringLiteral("name"), tap.holder },
                { QStringLiteral("terminal"),
                    tap.terminalId == m_app.store().terminalId() ? tr("this terminal")
                                                                 : tap.terminalId.left(8) },
                { QStringLiteral("at"), localMinute(tap.tappedAt) },
                { QStringLiteral("acknowledged"), tap.acknowledged() },
                { QStringLiteral("by"), tap.acknowledgedBy },
                { QStringLiteral("acknowledgedAt"), localMinute(tap.acknowledgedAt) },
                { QStringLiteral("note"), tap.note } });
        const QDate today = cards.now().toLocalTime().date();
        QVariantList payments;
        for (const CardPayment &payment : cards.payments(today))
            payments.append(QVariantMap { { QStringLiteral("receipt"), payment.receipt },
                { QStringLiteral("kind"),
                    cardPaymentKindText(payment.kind, m_app.languages().current()) },
                { QStringLiteral("name"), payment.personName },
                { QStringLiteral("amount"), QStringLiteral("¥") + yuanText(payment.signedFen()) },
                { QStringLiteral("at"),
                    payment.paidAt.toLocalTime().toString(QStringLiteral("HH:mm")) },
                { QStringLiteral("by"), payment.paidBy } });
        m_pending = pending;
        m_toIssue = toIssue;
        m_blocked = blocked;
        m_taps = taps;
        m_tapsToAcknowledge = cards.unacknowledgedTapCount();
        m_payments = payments;
        m_totalToday = QStringLiteral("¥") + yuanText(cards.dailyTotal(today));
        emit listsChanged();
        select(m_selectedId);
    } catch (const Error &error) {
        qCWarning(lcApp) << "cards:" << error.message();
        say(error.message(), true);
    }
}

void CardDesk::select(const QString &requestId)
{
    if (requestId != m_selectedId)
        m_waiting = false;
    m_selectedId = requestId;
    m_selected.clear();
    if (!requestId.isEmpty()) {
        if (const auto request = m_app.cards().find(requestId)) {
            m_selected = requestMap(*request);
            const auto [fee, deposit] = m_app.cards().charges(requestId);
            m_selected.insert(QStringLiteral("fee"), fee ? yuanText(fee) : QString());
            m_selected.insert(QStringLiteral("deposit"), deposit ? yuanText(deposit) : QString());
        }
    }
    if (m_selected.isEmpty()) {
        m_selectedId.clear();
        m_waiting = false;
    }
    emit selectedChanged();
}

bool CardDesk::approve(
    bool identityChecked, const QString &fee, const QString &deposit, const QString &note)
{
    try {
        const Cards::Outcome outcome = m_app.cards().approve(
            m_selectedId, { identityChecked, fee, deposit, note }, deskActor(m_app));
        m_flags.clear();
        for (const LostCardFlag &flag : outcome.flags)
            m_flags.append(QVariantMap { { QStringLiteral("uid"), flag.uid },
                { QStringLiteral("person"), flag.personName },
                { QStringLiteral("text"), flag.text } });
        QString done = tr("Request approved.");
        if (!outcome.blocked.isEmpty())
            done = tr("Blocked: %1.").arg(outcome.blocked.join(QStringLiteral(", ")));
        if (!outcome.cancelled.isEmpty())
            done = tr("Cancelled: %1.").arg(outcome.cancelled.join(QStringLiteral(", ")));
        if (issuesACard(outcome.request.kind))
            done += QLatin1Char(' ') + tr("Now tap the new card on the reader to issue it.");
        say(done, false);
        printPayments(outcome.payments);
        refresh();
        if (issuesACard(outcome.request.kind)) {
            m_section = QStringLiteral("issue");
            emit sectionChanged();
            startIssue();
        }
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool CardDesk::reject(const QString &reason)
{
    try {
        m_app.cards().reject(m_selectedId, reason, deskActor(m_app));
        say(tr("Request rejected."), false);
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

void CardDesk::startIssue()
{
    m_waiting = m_selected.value(QStringLiteral("state")).toString() == u"approved";
    emit selectedChanged();
}

void CardDesk::stopIssue()
{
    m_waiting = false;
    emit selectedChanged();
}

bool CardDesk::cardTapped(const QString &uid)
{
    if (!m_waiting)
        return false;
    try {
        const CardRequest issued = m_app.cards().issue(m_selectedId, uid, deskActor(m_app));
        m_waiting = false;
        say(tr("Card %1 issued to %2.").arg(issued.uid, issued.personName), false);
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true); // still waiting: the clerk takes another card
        return false;
    }
}

QVariantList CardDesk::peopleAt(const QString &unit) const
{
    QVariantList rows;
    try {
        for (const auto &[id, name] : m_app.cards().peopleAt(unit)) {
            QStringList uids;
            for (const CardBinding &card : m_app.cards().activeCardsOf(id))
                uids.append(card.uid);
            rows.append(QVariantMap { { QStringLiteral("id"), id },
                { QStringLiteral("name"), name }, { QStringLiteral("cards"), uids } });
        }
    } catch (const Error &error) {
        qCWarning(lcApp) << "cards:" << error.message();
    }
    return rows;
}

bool CardDesk::reportLost(const QString &personId, const QString &reason)
{
    try {
        const Cards::Outcome outcome = m_app.cards().reportLost(personId, reason, deskActor(m_app));
        m_flags.clear();
        for (const LostCardFlag &flag : outcome.flags)
            m_flags.append(QVariantMap { { QStringLiteral("uid"), flag.uid },
                { QStringLiteral("person"), flag.personName },
                { QStringLiteral("text"), flag.text } });
        say(tr("Blocked on this terminal now, and on the others with the next sync: %1.")
                .arg(outcome.blocked.join(QStringLiteral(", "))),
            false);
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool CardDesk::acknowledgeTap(const QString &tapId, const QString &note)
{
    try {
        const BlockedTap tap = m_app.cards().acknowledgeTap(tapId, note, deskActor(m_app));
        say(tr("The tap of card %1 is acknowledged.").arg(tap.uid), false);
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

QVariantMap CardDesk::newRequest(const QVariantMap &fields)
{
    const auto kind = cardRequestKindFrom(fields.value(QStringLiteral("kind")).toString());
    if (!kind)
        return { { QStringLiteral("kind"), tr("Choose what the tenant asks for.") } };
    CardRequestForm form;
    form.kind = *kind;
    form.personId = fields.value(QStringLiteral("person")).toString();
    form.unit = fields.value(QStringLiteral("unit")).toString();
    form.applicantName = fields.value(QStringLiteral("applicant")).toString();
    form.proxy = fields.value(QStringLiteral("proxy")).toBool();
    form.letterNote = fields.value(QStringLiteral("letter")).toString();
    form.holderName = fields.value(QStringLiteral("holder")).toString();
    form.via = QStringLiteral("desk");
    form.language
        = fields.value(QStringLiteral("language"), m_app.languages().current()).toString();
    bool daysOk = true;
    const QString daysText = fields.value(QStringLiteral("days")).toString().trimmed();
    const int days = daysText.isEmpty() ? 1 : daysText.toInt(&daysOk);
    if (*kind == CardRequestKind::Temporary && (!daysOk || days < 1))
        return { { QStringLiteral("expires"),
            tr("\"%1\" is not a number of days: type a whole number like 7.").arg(daysText) } };
    form.expiresOn = m_app.cards().now().toLocalTime().date().addDays(days - 1);
    QVariantMap problems;
    for (const FieldProblem &problem : m_app.cards().problems(form))
        if (!problems.contains(problem.field))
            problems.insert(problem.field, problem.message);
    if (!problems.isEmpty())
        return problems;
    try {
        const CardRequest request = m_app.cards().request(form, deskActor(m_app));
        say(tr("Request recorded: check the identity proof, then approve it."), false);
        refresh();
        select(request.id);
        return {};
    } catch (const Error &error) {
        return { { QStringLiteral("submit"), error.message() } };
    }
}

bool CardDesk::reprint(const QString &receipt)
{
    const QDate today = m_app.cards().now().toLocalTime().date();
    for (const CardPayment &payment : m_app.cards().payments(today)) {
        if (payment.receipt == receipt && payment.terminalId == m_app.store().terminalId()) {
            printPayments({ payment });
            return !m_problem;
        }
    }
    say(tr("Receipt %1 is not one of today's here.").arg(receipt), true);
    return false;
}

void CardDesk::printPayments(const QList<CardPayment> &payments)
{
    if (payments.isEmpty())
        return;
    EscPosPrinter *printer = m_app.printer();
    if (!printer) {
        say(m_message + QLatin1Char(' ')
                + tr("No receipt printer is set up here: the payment is recorded, its receipt "
                     "cannot be printed."),
            true);
        return;
    }
    try {
        for (const CardPayment &payment : payments) {
            const auto request = m_app.cards().find(payment.requestId);
            if (!request)
                continue;
            printer->print(
                cardPaymentReceipt(payment, *request, m_app.siteName(), PaperWidth::Mm80),
                tr("Card receipt %1").arg(payment.receipt));
        }
        if (printer->state() != Device::State::Connected)
            say(m_message + QLatin1Char(' ')
                    + tr("The receipt waits in the print queue: the printer says \"%1\".")
                          .arg(printer->detail()),
                true);
    } catch (const Error &error) {
        say(m_message + QLatin1Char(' ') + error.message(), true);
    }
}

void CardDesk::say(const QString &message, bool problem)
{
    m_message = message;
    m_problem = problem;
    emit messageChanged();
}

} // namespace lobbydesk
