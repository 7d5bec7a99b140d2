#pragma once

#include "services/keys.h"

namespace lobbydesk {

class Store;

// A key cabinet for the screenshots of the desk's Keys screen and for scripts/run's demo desk:
// never on a real terminal's data.
namespace demo {

struct DemoKeys
{
    Key spare; // 张三's spare of 1201, 李娜 on the list: in the cabinet
    Key plantRoom; // out to staff, due later today
    Key master; // out since yesterday: overdue
    Key common; // in
};

// The directory rows the cabinet needs (the sample directory has them too): the owner, the
// person on their list, two desk staff.
void seedKeyDirectory(Store &store);
// One key of each type, one loan out and one overdue. The people come from the sample
// directory (P-0001, P-0002, S-001, S-002).
DemoKeys seedKeys(Store &store);

} // namespace demo
} // namespace lobbydesk
