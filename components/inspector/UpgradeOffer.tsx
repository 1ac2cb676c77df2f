'use client';

import { selectUpgradeOffer } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

/** A change the 2.x document cannot express: say why and offer the conversion to 3.x first. */
export function UpgradeOffer() {
  const store = useStudioStore();
  const offer = useStudio(selectUpgradeOffer);
  if (!offer) return null;
  return (
    <div className="upgrade-offer" role="status" data-testid="upgrade-offer">
      <p>{offer.message}</p>
      <div className="inspector-row">
        <button
          type="button"
          className="button button-primary"
          data-testid="upgrade-offer-convert"
          onClick={() => {
            store.getState().dismissUpgradeOffer();
            store.getState().openDialog('convert');
          }}
        >
          Convert to 3.x…
        </button>
        <button type="button" className="button" onClick={() => store.getState().dismissUpgradeOffer()}>
          Not now
        </button>
      </div>
    </div>
  );
}
