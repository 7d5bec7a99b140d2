#include "input/chineseinput.h"

#include "input/rimeengine.h"

namespace lobbydesk {

ChineseInput::ChineseInput(QObject *parent)
    : QObject(parent)
{
    connect(&RimeEngine::instance(), &RimeEngine::stateChanged, this, &ChineseInput::changed);
}

bool ChineseInput::ready() const
{
    return RimeEngine::instance().isReady();
}

bool ChineseInput::preparing() const
{
    return RimeEngine::instance().state() == RimeEngine::State::Preparing;
}

QString ChineseInput::problem() const
{
    return RimeEngine::instance().problem();
}

} // namespace lobbydesk
