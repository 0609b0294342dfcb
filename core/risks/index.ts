export * from './deadlines';
export * from './register';
export * from './relationship';
export {
  type PlacedTimelineMark,
  TIMELINE_COLOURS,
  type TimelineDrawing,
  type TimelineLayout,
  type TimelineMark,
  timelineDrawing,
  timelineLayout,
} from './timeline';
