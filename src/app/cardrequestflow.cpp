#include "app/cardrequestflow.h"

#include "app/cardslips.h"
#include "app/languageswitcher.h"
#include "app/printerwatch.h"
#include "app/tenantcard.h"
#include "app/terminalapp.h"
#include "core/error.h"
#include "core/logging.h"
#include "core/pin.h"
#include "directory/directorysearch.h"
#include "drivers/printer/escposprinter.h"
#include "services/cards.h"
#include "services/lostcardbypin.h"
#include "services/printerreports.h"
#include "services/tenantpins.h"
#include "store/store.h"

namespace lobbydesk {
namespace {

TerminalApp *s_terminal = nullptr;

} // namespace

void CardRequestFlow::attachTerminal(TerminalApp *terminal)
{
    s_terminal = terminal;
}

CardRequestFlow::CardRequestFlow(QObject *parent)
    : QObject(parent)
    , m_id(newEventId())
{ }

QVariantList CardRequestFlow::kinds() const
{
    // With the card in hand it is not lost; without it, the tenant reports it or asks for one.
    const QList<CardRequestKind> offered = m_identifiedBy == u"card"
        ? QList<CardRequestKind> { CardRequestKind::ReplacementDamaged, CardRequestKind::Temporary,
              CardRequestKind::Cancel }
        : QList<CardRequestKind> { CardRequestKind::ReportLost, CardRequestKind::ReplacementLost,
              CardRequestKind::New };
    QVariantList rows;
    for (CardRequestKind kind : offered)
        rows.append(QVariantMap { { QStringLiteral("key"), cardRequestKindKey(kind) },
            { QStringLiteral("label"),
                cardRequestKindText(kind, s_terminal->languages().current()) } });
    return rows;
}

QString CardRequestFlow::kindLabel() const
{
    const auto kind = cardRequestKindFrom(m_kind);
    return kind ? cardRequestKindText(*kind, s_terminal->languages().current()) : QString();
}

int CardRequestFlow::maxDays() const
{
    return s_terminal ? s_terminal->cards().fees().temporaryMaxDays : 30;
}

int CardRequestFlow::pinMaxDigits() const
{
    return kTenantPinRules.maxDigits;
}

QString CardRequestFlow::chargesText() const
{
    const auto kind = cardRequestKindFrom(m_kind);
    if (!s_terminal || !kind || !issuesACard(*kind))
        return tr("Free of charge.");
    const CardFees &fees = s_terminal->cards().fees();
    const QString type = *kind == CardRequestKind::Temporary ? QStringLiteral("temporary")
                                                             : QStringLiteral("resident");
    const bool replacement
        = *kind == CardRequestKind::ReplacementLost || *kind == CardRequestKind::ReplacementDamaged;
    const qint64 fee = fees.feeFor(type);
    const qint64 deposit = replacement ? 0 : fees.depositFor(type);
    if (!fee && !deposit)
        return tr("Free of charge.");
    QStringList parts;
    if (fee)
        parts.append(tr("card fee ¥%1").arg(yuanText(fee)));
    if (deposit)
        parts.append(tr("refundable deposit ¥%1").arg(yuanText(deposit)));
    return tr("Paid at the front desk: %1.").arg(parts.join(QStringLiteral(", ")));
}

void CardRequestFlow::setPerson(const QString &personId, const QString &how)
{
    DirectorySearch directory(s_terminal->store().sql());
    const auto person = directory.person(personId);
    m_personId = personId;
    m_personName = person ? person->name : QString();
    m_units = person ? person->units : QStringList();
    m_identifiedBy = how;
    if (m_units.size() == 1 || !m_units.contains(m_unit))
        m_unit = m_units.value(0);
    m_kind.clear();
    emit personChanged();
    emit changed();
}

bool CardRequestFlow::useTappedCard()
{
    TenantCard &card = s_terminal->tenantCard();
    if (!card.known()) {
        show({ { QStringLiteral("card"),
            card.problem().isEmpty() ? tr("Tap your IC card on the reader.") : card.problem() } });
        return false;
    }
    m_pinAsked = false; // the card in hand says who they are
    setPerson(card.personId(), QStringLiteral("card"));
    show({});
    return true;
}

bool CardRequestFlow::identify(const QString &unit, const QString &phone)
{
    try {
        const auto person = s_terminal->cards().personByUnitAndPhone(unit, phone);
        if (!person) {
            show({ { QStringLiteral("identify"),
                tr("No tenant of unit %1 has this phone number in the building directory. "
                   "Please check both, or ask at the front desk.")
                    .arg(unit.trimmed()) } });
            return false;
        }
        m_unit = unit.trimmed();
        // Their PIN, if they have one, stands in for the card: asked only when there is a
        // card to block.
        TenantPins &pins = s_terminal->tenantPins();
        m_pinAsked = pins.hasPin(*person) && !s_terminal->cards().activeCardsOf(*person).isEmpty();
        const auto locked = m_pinAsked ? pins.lockedUntil(*person) : std::nullopt;
        m_pinLocked = locked.has_value();
        setPerson(*person, QStringLiteral("phone"));
        show(m_pinLocked
                ? QVariantMap { { QStringLiteral("pin"), pins.check(*person, {}).problem } }
                : QVariantMap {});
        return true;
    } catch (const Error &error) {
        show({ { QStringLiteral("identify"), error.message() } });
        return false;
    }
}

CardRequestForm CardRequestFlow::form() const
{
    CardRequestForm form;
    form.kind = cardRequestKindFrom(m_kind).value_or(CardRequestKind::New);
    form.personId = m_personId;
    form.unit = m_unit;
    form.holderName = m_holderName;
    form.expiresOn = s_terminal->cards().now().toLocalTime().date().addDays(m_days - 1);
    form.via = QStringLiteral("kiosk");
    form.language = s_terminal->languages().current();
    return form;
}

bool CardRequestFlow::validate()
{
    if (!cardRequestKindFrom(m_kind)) {
        show({ { QStringLiteral("kind"), tr("Choose what you need.") } });
        return false;
    }
    QVariantMap problems;
    for (const FieldProblem &problem : s_terminal->cards().problems(form()))
        if (!problems.contains(problem.field))
            problems.insert(problem.field, problem.message);
    show(problems);
    return problems.isEmpty();
}

bool CardRequestFlow::submit()
{
    if (submitted())
        return true;
    if (!validate())
        return false;
    try {
        m_requestId = s_terminal->cards().request(form(), m_personName, m_id).id;
    } catch (const Error &error) {
        show({ { QStringLiteral("submit"),
            tr("The request could not be recorded: %1").arg(error.message()) } });
        return false;
    }
    EscPosPrinter *printer = s_terminal->printer();
    if (!printer || printer->state() == Device::State::NotConfigured) {
        m_printNote = tr("This terminal has no receipt printer: please note your reference.");
    } else {
        try {
            printer->print(cardRequestReceipt(*s_terminal->cards().find(m_requestId),
                               s_terminal->siteName(), PaperWidth::Mm80),
                tr("IC-card request"), m_requestId);
        } catch (const Error &error) {
            qCWarning(lcApp) << "card request receipt not printed:" << error.what();
            m_printNote = tr("The receipt cannot be printed: please note your reference.");
        }
    }
    emit resultChanged();
    return true;
}

bool CardRequestFlow::reportLostWithPin(const QString &pin)
{
    if (lostReported())
        return true;
    if (!m_pinAsked)
        return false;
    try {
        const LostCardByPin lost = reportLostByPin(
            s_terminal->tenantPins(), s_terminal->cards(), m_personId, pin, m_personName);
        if (lost.pin.is != TenantPins::Check::Is::Right) {
            m_pinLocked = lost.pin.is == TenantPins::Check::Is::Locked;
            show({ { QStringLiteral("pin"), lost.pin.problem } });
            return false;
        }
        const QString at = lost.blockedAt.toLocalTime().toString(QStringLiteral("HH:mm"));
        for (const QString &uid : lost.outcome.blocked)
            m_blockedLines.append(tr("Card ending %1, blocked at %2").arg(cardEnding(uid), at));
        printBlockedSlip(lost.outcome.blocked, lost.blockedAt);
    } catch (const Error &error) {
        show({ { QStringLiteral("pin"),
            tr("Your card could not be blocked here: %1 Please go to the front desk.")
                .arg(error.message()) } });
        return false;
    }
    m_kind.clear();
    show({});
    emit lostChanged();
    emit changed();
    return true;
}

void CardRequestFlow::printBlockedSlip(const QStringList &uids, const QDateTime &at)
{
    // Only on a printer that prints now: a slip waiting for paper would come out for the next
    // person at the kiosk.
    EscPosPrinter *printer = s_terminal->printer();
    const QString condition = PrinterWatch::conditionOf(printer);
    if (condition == printercondition::kNotConfigured) {
        m_blockedPrintNote = tr("This kiosk has no printer: no slip, your card is blocked all "
                                "the same.");
        return;
    }
    if (condition != printercondition::kReady && condition != printercondition::kPaperLow) {
        m_blockedPrintNote = tr("The printer is not working: no slip, your card is blocked all "
                                "the same.");
        return;
    }
    try {
        printer->print(
            cardBlockedSlip(m_personName, m_unit, uids, at, s_terminal->languages().current(),
                s_terminal->siteName(), printer->paper()),
            tr("Card blocked"));
    } catch (const Error &error) {
        qCWarning(lcApp) << "card blocked slip not printed:" << error.what();
        m_blockedPrintNote = tr("The slip cannot be printed: your card is blocked all the same.");
    }
}

void CardRequestFlow::show(const QVariantMap &problems)
{
    m_problems = problems;
    emit problemsChanged();
}

} // namespace lobbydesk
