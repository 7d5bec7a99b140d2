import QtQuick
import QtQuick.Layouts
import LobbyDesk.Backend

// One step of the goods-pass request (GoodsPassRequestFlow): the form it fills in, and the
// problems the form shows for the step's fields.
ColumnLayout {
    id: step

    required property GoodsPassForm form

    // The problem shown for one of the form's fields ("carrier_name", "item.0.quantity"…), or
    // "" when it has none. GoodsPassForm.problems maps field names to messages; its keys are
    // data, so it is looked up here and not named as if they were properties.
    function problem(field: string): string {
        return step.form.problems[field] ?? ""
    }
}
