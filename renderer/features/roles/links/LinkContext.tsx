import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { RoleSummary } from '../../../../shared/domain';
import type { StepCandidate } from '../../../../shared/links/candidates';
import { call, onAppEvent } from '../../../api/client';

/*
 * What the duty rows need to show and make step links (issue 10): the steps the role takes
 * part in across the library (links:candidates, read again when the library changes) and the
 * roles a duty may name as 协作对象. Provided once by the role editor, so the duty table's
 * rows do not thread them through.
 */

export type LinkData = {
  roleId: number;
  candidates: StepCandidate[];
  roles: RoleSummary[];
};

const LinkDataContext = createContext<LinkData | null>(null);

export function useLinkData(): LinkData | null {
  return useContext(LinkDataContext);
}

export function LinkDataProvider(props: {
  roleId: number;
  roles: RoleSummary[];
  children: ReactNode;
}) {
  const { roleId, roles } = props;
  const [candidates, setCandidates] = useState<StepCandidate[]>([]);
  useEffect(() => {
    let current = true;
    const load = () =>
      call('links:candidates', { roleId }).then(
        (list) => current && setCandidates(list),
        () => current && setCandidates([]),
      );
    void load();
    const stop = onAppEvent('library:changed', () => void load());
    return () => {
      current = false;
      stop();
    };
  }, [roleId]);
  return (
    <LinkDataContext.Provider value={{ roleId, candidates, roles }}>
      {props.children}
    </LinkDataContext.Provider>
  );
}
