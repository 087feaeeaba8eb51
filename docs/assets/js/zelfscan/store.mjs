// The one store of the zelfscan: the state is replaced, never changed, by dispatching an action
// through the reducer; subscribers (the views, the storage) hear about every new state.

/** { getState, dispatch, subscribe }. Actions dispatched by a subscriber run after the current one. */
export function createStore(reduce, initial) {
  let state = initial;
  const listeners = new Set();
  const queue = [];
  let busy = false;

  function dispatch(action) {
    queue.push(action);
    if (busy) {
      return;
    }
    busy = true;
    try {
      while (queue.length > 0) {
        const previous = state;
        state = reduce(state, queue.shift());
        if (state !== previous) {
          listeners.forEach((listener) => listener(state, previous));
        }
      }
    } finally {
      busy = false;
      queue.length = 0;
    }
  }

  return {
    getState: () => state,
    dispatch,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
