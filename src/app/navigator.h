#pragma once

#include "app/qmlsingleton.h"
#include "app/screencatalog.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

// Which screen the terminal shows. Navigation lives here, not in QML, so that "idle → home"
// and the self-test are one call each.
class Navigator final : public QObject, public QmlSingleton<Navigator>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QUrl source READ source NOTIFY screenChanged)
    Q_PROPERTY(bool atHome READ atHome NOTIFY screenChanged)

public:
    explicit Navigator(Role role, QObject *parent = nullptr);

    [[nodiscard]] QString screen() const;
    [[nodiscard]] QUrl source() const;
    [[nodiscard]] bool atHome() const { return m_stack.size() == 1; }
    [[nodiscard]] const QList<ScreenInfo> &screens() const { return m_screens; }

    Q_INVOKABLE void open(const QString &screenId);
    Q_INVOKABLE void back();
    Q_INVOKABLE void home();

signals:
    void screenChanged();

private:
    QList<ScreenInfo> m_screens;
    QList<int> m_stack; // indexes into m_screens; [0] is home
};

} // namespace lobbydesk
