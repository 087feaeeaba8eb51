// The one store of the zelfscan: the state is replaced, never changed, by dispatching an action
// through the reducer; subscribers (the views, the storage) hear about every new state.

/**
 * { getState, dispatch, subscribe }. Subscribers get (state, previous, action). Actions dispatched
 * by a subscriber run after the current one, so every subscriber sees every state in order.
 */
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
        const action = queue.shift();
        state = reduce(state, action);
        if (state !== previous) {
          listeners.forEach((listener) => listener(state, previous, action));
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
