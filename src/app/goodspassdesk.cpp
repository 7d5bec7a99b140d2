#include "app/goodspassdesk.h"

#include "app/deskactor.h"
#include "app/goodspassslips.h"
#include "app/slipparts.h"
#include "app/syncstatus.h"
#include "app/terminalapp.h"
#include "core/error.h"
#include "core/logging.h"
#include "drivers/printer/escposprinter.h"
#include "services/goodspasses.h"
#include "store/store.h"

namespace lobbydesk {
namespace {

const QList<std::pair<QString, GoodsPassList>> &lists()
{
    static const QList<std::pair<QString, GoodsPassList>> all {
        { QStringLiteral("today"), GoodsPassList::Today },
        { QStringLiteral("pending"), GoodsPassList::Pending },
        { QStringLiteral("issued"), GoodsPassList::Issued },
        { QStringLiteral("used"), GoodsPassList::Used },
        { QStringLiteral("revoked"), GoodsPassList::Revoked },
        { QStringLiteral("alerts"), GoodsPassList::Alerts },
    };
    return all;
}

QString outcomeKey(ApprovalCheck::Outcome outcome)
{
    switch (outcome) {
    case ApprovalCheck::Outcome::Pass:
        return QStringLiteral("pass");
    case ApprovalCheck::Outcome::Warn:
        return QStringLiteral("warn");
    case ApprovalCheck::Outcome::Fail:
        return QStringLiteral("fail");
    }
    Q_UNREACHABLE();
}

QVariantList itemMaps(const QList<GoodsItem> &items)
{
    QVariantList rows;
    for (const GoodsItem &item : items)
        rows.append(QVariantMap { { QStringLiteral("name"), item.name },
            { QStringLiteral("quantity"), quantityText(item.quantity) },
            { QStringLiteral("uom"), goodsUnitOfMeasureText(item.unitOfMeasure) } });
    return rows;
}

} // namespace

GoodsPassDesk::GoodsPassDesk(TerminalApp &app, SyncStatus &sync, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    // Requests from the kiosk and uses at the guard posts arrive with sync.
    connect(&app.store().events(), &EventLog::recorded, this, &GoodsPassDesk::refresh);
    connect(&sync, &SyncStatus::changed, this, &GoodsPassDesk::refresh);
    refresh();
}

void GoodsPassDesk::setList(const QString &list)
{
    if (list == m_list)
        return;
    m_list = list;
    emit listChanged();
    refresh();
}

void GoodsPassDesk::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    emit listChanged();
    refresh();
}

void GoodsPassDesk::refresh()
{
    try {
        GoodsPasses &passes = m_app.goodsPasses();
        QVariantList rows;
        QVariantMap counts;
        for (const auto &[key, which] : lists()) {
            const QList<GoodsPass> found = passes.list(which, m_search);
            counts.insert(key, found.size());
            if (key == m_list) {
                for (const GoodsPass &pass : found)
                    rows.append(passMap(pass));
            }
        }
        m_passes = rows;
        m_counts = counts;
        emit passesChanged();
        select(m_selectedId);
    } catch (const Error &error) {
        qCWarning(lcApp) << "goods passes:" << error.message();
        say(error.message(), true);
    }
}

void GoodsPassDesk::select(const QString &passId)
{
    m_selectedId = passId;
    m_selected.clear();
    if (!passId.isEmpty()) {
        try {
            if (const auto pass = m_app.goodsPasses().find(passId)) {
                m_selected = passMap(*pass);
                if (pass->state == GoodsPass::State::Pending) {
                    QVariantList checks;
                    for (const ApprovalCheck &check : m_app.goodsPasses().approvalChecks(passId))
                        checks.append(QVariantMap { { QStringLiteral("key"), check.key },
                            { QStringLiteral("outcome"), outcomeKey(check.outcome) },
                            { QStringLiteral("text"), check.text } });
                    m_selected.insert(QStringLiteral("checks"), checks);
                }
            }
        } catch (const Error &error) {
            say(error.message(), true);
        }
    }
    if (m_selected.isEmpty())
        m_selectedId.clear();
    emit selectedChanged();
}

bool GoodsPassDesk::approve(const QString &consentNote)
{
    try {
        const GoodsPass pass
            = m_app.goodsPasses().approve(m_selectedId, deskActor(m_app), consentNote);
        say(tr("Pass %1 issued.").arg(pass.number), false);
        printSlip(pass);
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool GoodsPassDesk::reject(const QString &reason)
{
    try {
        m_app.goodsPasses().reject(m_selectedId, deskActor(m_app), reason);
        say(tr("Request rejected."), false);
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool GoodsPassDesk::revoke(const QString &reason)
{
    try {
        const GoodsPass pass = m_app.goodsPasses().revoke(m_selectedId, deskActor(m_app), reason);
        say(tr("Pass %1 revoked: guard terminals refuse it once synced.").arg(pass.number), false);
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool GoodsPassDesk::reprint()
{
    const auto pass = m_app.goodsPasses().find(m_selectedId);
    if (!pass) {
        say(tr("Choose a pass first."), true);
        return false;
    }
    return printSlip(*pass);
}

bool GoodsPassDesk::printSlip(const GoodsPass &pass)
{
    EscPosPrinter *printer = m_app.printer();
    if (!printer) {
        say(tr("No receipt printer is set up at this terminal: the pass is recorded, but its "
               "slip cannot be printed here."),
            true);
        return false;
    }
    try {
        const PaperWidth paper = PaperWidth::Mm80; // the printer's profile decides
        const bool issued = pass.state == GoodsPass::State::Approved;
        const Receipt receipt = issued ? goodsPassSlip(pass, m_app.siteName(), paper)
                                       : goodsPassRequestReceipt(pass, m_app.siteName(), paper);
        printer->print(
            receipt, issued ? tr("Goods pass %1").arg(pass.number) : tr("Goods pass request"));
        if (printer->state() != Device::State::Connected)
            say(tr("The slip waits in the print queue: the printer says \"%1\".")
                    .arg(printer->detail()),
                true);
        else if (!m_problem)
            say(m_message.isEmpty() ? tr("Slip sent to the printer.") : m_message, false);
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

void GoodsPassDesk::say(const QString &message, bool problem)
{
    m_message = message;
    m_problem = problem;
    emit messageChanged();
}

QVariantMap GoodsPassDesk::passMap(const GoodsPass &pass) const
{
    const GoodsPassRequest &request = pass.request;
    QVariantList uses;
    for (const GoodsPassUse &use : pass.uses)
        uses.append(QVariantMap { { QStringLiteral("terminal"), use.terminalName },
            { QStringLiteral("at"), localMinute(use.usedAt) },
            { QStringLiteral("guard"), use.guard }, { QStringLiteral("partial"), use.partial },
            { QStringLiteral("note"), use.note },
            { QStringLiteral("released"), itemMaps(use.released) } });
    return QVariantMap {
        { QStringLiteral("id"), pass.id },
        { QStringLiteral("number"), pass.number },
        { QStringLiteral("state"), goodsPassStateKey(pass.state) },
        { QStringLiteral("used"), pass.used() },
        { QStringLiteral("doubleUse"), pass.uses.size() > 1 },
        { QStringLiteral("unit"), request.unit },
        { QStringLiteral("applicant"), request.applicantName },
        { QStringLiteral("carrier"),
            QStringLiteral("%1 · %2 · ID …%3")
                .arg(request.carrierName, maskedPhone(request.carrierPhone),
                    request.carrierIdLast4) },
        { QStringLiteral("plate"), request.plate },
        { QStringLiteral("items"), itemMaps(request.items) },
        { QStringLiteral("itemCount"), request.items.size() },
        { QStringLiteral("window"),
            QStringLiteral("%1 – %2").arg(
                localMinute(request.validFrom), localMinute(request.validUntil)) },
        { QStringLiteral("reason"),
            request.reasonNote.isEmpty()
                ? goodsPassReasonText(request.reason)
                : goodsPassReasonText(request.reason) + QStringLiteral(": ") + request.reasonNote },
        { QStringLiteral("returnBy"),
            request.returnable ? request.expectedReturn.toString(Qt::ISODate) : QString() },
        { QStringLiteral("via"), request.via },
        { QStringLiteral("requestedAt"), localMinute(pass.requestedAt) },
        { QStringLiteral("requestedBy"), pass.requestedBy },
        { QStringLiteral("decidedAt"), localMinute(pass.decidedAt) },
        { QStringLiteral("decidedBy"), pass.decidedBy },
        { QStringLiteral("decisionNote"), pass.decisionNote },
        { QStringLiteral("revokedAt"), localMinute(pass.revokedAt) },
        { QStringLiteral("revokeReason"), pass.revokeReason },
        { QStringLiteral("uses"), uses },
    };
}

} // namespace lobbydesk
