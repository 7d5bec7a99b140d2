#pragma once

#include "app/qmlsingleton.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class TerminalApp;
class SyncStatus;
struct GoodsPass;

// The desk's goods passes (product.md, "Goods-release pass"): the lists (today, pending,
// issued, used, revoked, double-use alerts) with a search by number, unit or plate, the
// approval checks of a pending request, and approve / reject / revoke / reprint.
class GoodsPassDesk final : public QObject, public QmlSingleton<GoodsPassDesk>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // today, pending, issued, used, revoked, alerts
    Q_PROPERTY(QString list READ list WRITE setList NOTIFY listChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY listChanged)
    // The passes of the list, newest first: maps as passMap() makes them.
    Q_PROPERTY(QVariantList passes READ passes NOTIFY passesChanged)
    // How many each list holds (the tabs' counters).
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY passesChanged)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectedChanged)
    // The selected pass, with its approval checks when pending; empty when none.
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    // The outcome of the last action, in the current language; `problem` says it failed.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool problem READ problem NOTIFY messageChanged)

public:
    GoodsPassDesk(TerminalApp &app, SyncStatus &sync, QObject *parent = nullptr);

    [[nodiscard]] QString list() const { return m_list; }
    void setList(const QString &list);
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &search);
    [[nodiscard]] QVariantList passes() const { return m_passes; }
    [[nodiscard]] QVariantMap counts() const { return m_counts; }
    [[nodiscard]] QString selectedId() const { return m_selectedId; }
    [[nodiscard]] QVariantMap selected() const { return m_selected; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool problem() const { return m_problem; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void select(const QString &passId);
    // Each returns true when done; message says what happened either way.
    Q_INVOKABLE bool approve(const QString &consentNote);
    Q_INVOKABLE bool reject(const QString &reason);
    Q_INVOKABLE bool revoke(const QString &reason);
    // Prints the selected pass's slip again (or the request receipt while pending).
    Q_INVOKABLE bool reprint();

signals:
    void listChanged();
    void passesChanged();
    void selectedChanged();
    void messageChanged();

private:
    [[nodiscard]] QVariantMap passMap(const GoodsPass &pass) const;
    bool printSlip(const GoodsPass &pass);
    void say(const QString &message, bool problem);

    TerminalApp &m_app;
    QString m_list = QStringLiteral("pending");
    QString m_search;
    QVariantList m_passes;
    QVariantMap m_counts;
    QString m_selectedId;
    QVariantMap m_selected;
    QString m_message;
    bool m_problem = false;
};

} // namespace lobbydesk
