import { hasOnlyKeys, isRecord, type SharedChartSpec } from './shared-chart'

/**
 * Whether the title slide shows the audience address as a QR code: the lecturer opens it on demand, and the projector
 * and the students' devices follow like a chart's view.
 */
export interface AudienceQrView {
  shown: boolean
}

export const audienceQrShared: SharedChartSpec<AudienceQrView> = {
  chart: 'audience-qr',
  parse: value => isRecord(value) && hasOnlyKeys(value, ['shown']) && typeof value.shown === 'boolean' ? { shown: value.shown } : null,
}

/** The title slide, where the code shows. */
export const AUDIENCE_QR_SLIDE = 1
