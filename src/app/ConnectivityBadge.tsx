import { useTranslation } from 'react-i18next';
import { connectivity } from '../data/connectivity';
import { useObservable } from '../data/observable';
import { Icon } from '../ui/Icon';

export function ConnectivityBadge() {
  const { t } = useTranslation();
  const state = useObservable(connectivity);
  if (state === 'unknown') return <span className="conn" />;
  const online = state === 'online';
  return (
    <span className={`conn ${online ? 'is-online' : 'is-offline'}`} role="status" data-connectivity={state} title={online ? t('status.online') : t('status.offline')}>
      <Icon name={online ? 'cloud' : 'cloudOff'} size={18} />
      <span>{online ? t('status.online') : t('status.offline')}</span>
    </span>
  );
}
