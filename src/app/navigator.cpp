#include "app/navigator.h"

#include "core/logging.h"

namespace lobbydesk {

Navigator::Navigator(Role role, QObject *parent)
    : QObject(parent)
    , m_screens(screensFor(role))
    , m_stack { 0 }
{ }

QString Navigator::screen() const
{
    return m_screens.at(m_stack.last()).id;
}

QUrl Navigator::source() const
{
    return m_screens.at(m_stack.last()).source;
}

void Navigator::open(const QString &screenId)
{
    for (int i = 0; i < m_screens.size(); ++i) {
        if (m_screens[i].id == screenId) {
            if (i == 0) {
                home();
                return;
            }
            m_stack.append(i);
            emit screenChanged();
            return;
        }
    }
    qCWarning(lcApp) << "no screen" << screenId << "for this role";
}

void Navigator::back()
{
    if (m_stack.size() < 2)
        return;
    m_stack.removeLast();
    emit screenChanged();
}

void Navigator::home()
{
    if (m_stack.size() == 1)
        return;
    m_stack = { 0 };
    emit screenChanged();
}

} // namespace lobbydesk
