// A performance mark per drawn component ("cydip:map#roll-call-map"), read by the web benchmark.
export function drawn(el, view) {
  if (window.performance && performance.mark) performance.mark(`cydip:${view}${el.id ? '#' + el.id : ''}`);
}
