pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import OpsDesk

// One line of an incident's timeline: a marker coloured by meaning, what happened, who and when;
// a metric line also draws the series' last 30 minutes with the threshold (dashed).
Item {
    id: root

    required property int index
    required property var eventId
    required property string kind
    required property string kindLabel
    required property string body
    required property string actorName
    required property string timeLabel
    required property string fullTime
    required property string meaning
    required property bool hasChart
    required property var chartPoints
    required property real chartMinX
    required property real chartMaxX
    required property real chartMinY
    required property real chartMaxY
    required property real threshold
    required property string chartCaption
    required property string chartRangeLabel

    readonly property color tone: {
        switch (root.meaning) {
        case "success": return Theme.success
        case "info": return Theme.info
        case "warning": return Theme.warning
        case "danger": return Theme.danger
        default: return Theme.textMuted
        }
    }

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: column.implicitHeight + Theme.spacingM
    Accessible.role: Accessible.ListItem
    Accessible.name: root.kindLabel + ": " + root.body

    // The thread of the timeline and this line's marker, on the leading side.
    Rectangle {
        anchors.left: parent.left
        anchors.leftMargin: 9
        width: 2
        height: parent.height
        color: Theme.border
    }
    Rectangle {
        anchors.left: parent.left
        anchors.leftMargin: 4
        y: 6
        width: 12
        height: 12
        radius: 6
        color: root.kind === "note" ? Theme.surface : root.tone
        border.color: root.tone
        border.width: 2
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: 28
        spacing: 3

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                text: root.kindLabel
                font.pixelSize: Theme.fontCaption
                font.weight: Font.DemiBold
                font.capitalization: Font.AllUppercase
                color: root.tone
            }
            Text {
                Layout.fillWidth: true
                text: root.actorName.length > 0 ? root.actorName : (root.kind === "metric" ? qsTr("Alert rule") : "")
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.pixelSize: Theme.fontCaption
                color: Theme.textMuted
            }
            Text {
                text: root.timeLabel
                font.pixelSize: Theme.fontCaption
                color: Theme.textMuted
                ToolTipArea { tip: root.fullTime }
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: bodyText.implicitHeight + (root.kind === "note" ? Theme.spacingS * 2 : 0)
            radius: Theme.radiusSmall
            color: root.kind === "note" ? Theme.bubbleNote : "transparent"
            Text {
                id: bodyText
                objectName: "incidentEventBody"
                anchors.fill: parent
                anchors.margins: root.kind === "note" ? Theme.spacingS : 0
                text: root.body
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
        }

        // The metric snapshot: the series' points and the threshold line.
        Rectangle {
            objectName: "incidentMetricChart"
            visible: root.hasChart
            Layout.fillWidth: true
            Layout.maximumWidth: 520
            implicitHeight: visible ? 150 : 0
            radius: Theme.radiusSmall
            color: Theme.surfaceRaised
            border.color: Theme.border

            Text {
                id: caption
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacingS
                text: root.chartCaption
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.pixelSize: Theme.fontCaption
                color: Theme.textMuted
            }
            Canvas {
                id: chart
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: caption.bottom
                anchors.bottom: range.top
                anchors.margins: Theme.spacingS
                // Time runs left to right whatever the UI language.
                LayoutMirroring.enabled: false
                renderTarget: Canvas.Image
                property color lineColor: Theme.accent
                property color thresholdColor: Theme.danger
                property color gridColor: Theme.border
                onLineColorChanged: requestPaint()
                onWidthChanged: requestPaint()
                onHeightChanged: requestPaint()
                onPaint: {
                    const ctx = getContext("2d")
                    ctx.reset()
                    const points = root.chartPoints
                    if (!points || points.length === 0 || width <= 0 || height <= 0)
                        return
                    const sx = x => (x - root.chartMinX) / (root.chartMaxX - root.chartMinX) * width
                    const sy = y => height - (y - root.chartMinY) / (root.chartMaxY - root.chartMinY) * height
                    ctx.strokeStyle = chart.gridColor
                    ctx.lineWidth = 1
                    ctx.beginPath()
                    ctx.moveTo(0, height - 0.5)
                    ctx.lineTo(width, height - 0.5)
                    ctx.stroke()
                    ctx.strokeStyle = chart.thresholdColor
                    ctx.setLineDash([4, 3])
                    ctx.beginPath()
                    ctx.moveTo(0, sy(root.threshold))
                    ctx.lineTo(width, sy(root.threshold))
                    ctx.stroke()
                    ctx.setLineDash([])
                    ctx.strokeStyle = chart.lineColor
                    ctx.lineWidth = 2
                    ctx.beginPath()
                    for (let i = 0; i < points.length; ++i) {
                        if (i === 0)
                            ctx.moveTo(sx(points[i].x), sy(points[i].y))
                        else
                            ctx.lineTo(sx(points[i].x), sy(points[i].y))
                    }
                    ctx.stroke()
                    const last = points[points.length - 1]
                    ctx.fillStyle = chart.lineColor
                    ctx.beginPath()
                    ctx.arc(sx(last.x), sy(last.y), 3, 0, 2 * Math.PI)
                    ctx.fill()
                }
            }
            Text {
                id: range
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: Theme.spacingS
                anchors.topMargin: 0
                text: root.chartRangeLabel + "   " + qsTr("- - threshold", "@info chart legend")
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontCaption
                color: Theme.textMuted
            }
        }
    }
}
