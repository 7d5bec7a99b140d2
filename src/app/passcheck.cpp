#include "app/passcheck.h"

#include "app/goodspassslips.h"
#include "app/navigator.h"
#include "core/error.h"
#include "core/logging.h"
#include "services/goodspasses.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <algorithm>

namespace lobbydesk {
namespace {

const QString kScreen = QStringLiteral("pass-check");

QString localText(const QDateTime &time, const QString &format)
{
    return time.toLocalTime().toString(format);
}

} // namespace

PassCheck::PassCheck(GoodsPasses &passes, Navigator *navigator, QObject *parent)
    : QObject(parent)
    , m_passes(passes)
    , m_navigator(navigator)
{ }

PassCheck::~PassCheck() = default;

void PassCheck::check(const QString &text)
{
    m_text = text.trimmed();
    m_released = false;
    if (m_text.isEmpty()) {
        clear();
        return;
    }
    try {
        setVerdict(m_passes.verify(m_text));
    } catch (const Error &error) {
        // The store could not be read: no verdict is a red one.
        qCWarning(lcApp) << "pass check failed:" << error.message();
        PassVerdict verdict;
        verdict.message
            = tr("This terminal cannot check passes right now (%1): call the front desk.")
                  .arg(error.message());
        setVerdict(verdict);
    }
    const PassVerdict &verdict = *m_verdict;
    qCInfo(lcApp) << "pass check:"
                  << (verdict.number.isEmpty() ? QStringLiteral("-") : verdict.number) << colour()
                  << reasonKey();
}

void PassCheck::scanned(const QString &text)
{
    check(text);
    if (m_navigator && m_navigator->screen() != kScreen)
        m_navigator->open(kScreen);
}

void PassCheck::retranslate()
{
    if (m_verdict && !m_released && !m_text.isEmpty()) {
        const QList<double> out = m_out;
        check(m_text);
        if (out.size() == m_out.size()) {
            m_out = out; // what the guard ticked stays ticked
            emit itemsChanged();
        }
    }
}

void PassCheck::setVerdict(const PassVerdict &verdict)
{
    m_verdict = std::make_unique<PassVerdict>(verdict);
    m_out = QList<double>(verdict.items.size(), 0.0);
    emit verdictChanged();
    emit itemsChanged();
}

void PassCheck::setReleased(int index, double quantity)
{
    if (!m_verdict || index < 0 || index >= m_out.size())
        return;
    const double listed = m_verdict->items.at(index).quantity;
    const double clamped = std::clamp(quantity, 0.0, listed);
    if (clamped == m_out[index])
        return;
    m_out[index] = clamped;
    emit itemsChanged();
}

void PassCheck::tickAll()
{
    if (!m_verdict)
        return;
    for (qsizetype i = 0; i < m_out.size(); ++i)
        m_out[i] = m_verdict->items.at(i).quantity;
    emit itemsChanged();
}

QString PassCheck::confirm(const QString &note, const QString &guardName)
{
    if (!m_verdict)
        return tr("Scan a pass first.");
    if (m_released)
        return tr("This release is already recorded.");
    if (!m_verdict->acceptable())
        return m_verdict->message;
    QList<GoodsItem> released;
    if (m_verdict->itemsKnown) {
        bool any = false;
        for (qsizetype i = 0; i < m_out.size(); ++i) {
            GoodsItem item = m_verdict->items.at(i);
            item.quantity = m_out.at(i);
            any = any || item.quantity > 0;
            released.append(item);
        }
        if (!any)
            return tr(
                "Nothing is ticked: tick what leaves, or let nothing out and clear the pass.");
    }
    try {
        m_passes.consume(m_text, released, note, guardName);
    } catch (const Error &error) {
        qCInfo(lcApp) << "release refused:" << m_verdict->number << error.message();
        return error.message();
    }
    qCInfo(lcApp) << "released on pass" << m_verdict->number << "by" << guardName;
    m_released = true;
    emit verdictChanged();
    return {};
}

void PassCheck::clear()
{
    m_text.clear();
    m_verdict.reset();
    m_out.clear();
    m_released = false;
    emit verdictChanged();
    emit itemsChanged();
}

QString PassCheck::colour() const
{
    return m_verdict ? verdictColourKey(m_verdict->colour) : QString();
}

QString PassCheck::reasonKey() const
{
    return m_verdict ? verdictReasonKey(m_verdict->reason) : QString();
}

QString PassCheck::message() const
{
    return m_verdict ? m_verdict->message : QString();
}

QString PassCheck::number() const
{
    return m_verdict ? m_verdict->number : QString();
}

QString PassCheck::unit() const
{
    return m_verdict ? m_verdict->unit : QString();
}

QString PassCheck::plate() const
{
    return m_verdict ? m_verdict->plate : QString();
}

QString PassCheck::signer() const
{
    return m_verdict ? m_verdict->signer : QString();
}

QString PassCheck::window() const
{
    if (!m_verdict || !m_verdict->validFrom.isValid() || !m_verdict->validUntil.isValid())
        return {};
    const QString day = QStringLiteral("yyyy-MM-dd HH:mm");
    const QDateTime from = m_verdict->validFrom.toLocalTime();
    const QDateTime until = m_verdict->validUntil.toLocalTime();
    return QStringLiteral("%1 – %2").arg(localText(from, day),
        localText(until, from.date() == until.date() ? QStringLiteral("HH:mm") : day));
}

int PassCheck::itemCount() const
{
    return m_verdict ? m_verdict->itemCount : 0;
}

bool PassCheck::itemsKnown() const
{
    return m_verdict && m_verdict->itemsKnown;
}

QVariantList PassCheck::uses() const
{
    QVariantList rows;
    if (!m_verdict)
        return rows;
    for (const GoodsPassUse &use : m_verdict->uses)
        rows.append(QVariantMap { { QStringLiteral("where"), use.terminalName },
            { QStringLiteral("when"), localText(use.usedAt, QStringLiteral("yyyy-MM-dd HH:mm")) },
            { QStringLiteral("guard"), use.guard }, { QStringLiteral("partial"), use.partial },
            { QStringLiteral("note"), use.note } });
    return rows;
}

int PassCheck::hoursSinceSync() const
{
    return m_verdict && m_verdict->hoursSinceSync ? static_cast<int>(*m_verdict->hoursSinceSync)
                                                  : -1;
}

QVariantList PassCheck::items() const
{
    QVariantList rows;
    if (!m_verdict)
        return rows;
    for (qsizetype i = 0; i < m_verdict->items.size(); ++i) {
        const GoodsItem &item = m_verdict->items.at(i);
        rows.append(QVariantMap { { QStringLiteral("name"), item.name },
            { QStringLiteral("quantity"), item.quantity },
            { QStringLiteral("uom"), item.unitOfMeasure },
            { QStringLiteral("released"), m_out.value(i) },
            // "4 pcs", and what leaves of it in the same words: "3 pcs"
            { QStringLiteral("listedText"),
                QStringLiteral("%1 %2").arg(
                    quantityText(item.quantity), goodsUnitOfMeasureText(item.unitOfMeasure)) },
            { QStringLiteral("releasedText"), quantityText(m_out.value(i)) } });
    }
    return rows;
}

bool PassCheck::allReleased() const
{
    if (!m_verdict || m_out.isEmpty())
        return false;
    for (qsizetype i = 0; i < m_out.size(); ++i) {
        if (m_out.at(i) < m_verdict->items.at(i).quantity)
            return false;
    }
    return true;
}

} // namespace lobbydesk
