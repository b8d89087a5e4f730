import QtQuick
import OpsDesk

// A StatusChip whose colour comes from a meaning the model decided: success, info, warning,
// danger, or anything else for neutral.
StatusChip {
    id: root

    property string meaning

    tone: {
        switch (root.meaning) {
        case "success": return Theme.success
        case "info": return Theme.info
        case "warning": return Theme.warning
        case "danger": return Theme.danger
        default: return Theme.textMuted
        }
    }
}
