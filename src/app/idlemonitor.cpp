#include "app/idlemonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace lobbydesk {

IdleMonitor::IdleMonitor(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, &IdleMonitor::idle);
}

void IdleMonitor::start()
{
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.start();
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lobbydesk
