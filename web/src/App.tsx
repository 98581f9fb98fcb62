import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import { apiClient } from './api/client';
import { problemDetail } from './api/problem';
import { SignedInContext, type SignedIn } from './context';
import { LanguageContext, pickLanguage, useT, type Language } from './i18n';
import { Layout } from './Layout';
import { Page } from './Page';
import { AccessRequests } from './screens/AccessRequests';
import { AuditTrail } from './screens/AuditTrail';
import { CentreImport } from './screens/CentreImport';
import { Centres } from './screens/Centres';
import { Kpis } from './screens/Kpis';
import { MyPanels } from './screens/MyPanels';
import { Networks } from './screens/Networks';
import { Notifications } from './screens/Notifications';
import { PanelPage } from './screens/PanelPage';
import { Patients } from './screens/Patients';
import { RequestAccess } from './screens/RequestAccess';
import { ResearchDataSet } from './screens/ResearchDataSet';
import { Settings } from './screens/Settings';
import { SignIn } from './screens/SignIn';
import { StudyViewer } from './screens/StudyViewer';
import { useSignIn } from './signIn';
import { holds } from './access';

/**
 * The application: the language, the session (sessionStorage only; signIn.ts) and, once signed in, who the user is
 * (GET /api/me) and the screens. The routes here are the ones the server answers with index.html
 * (adapters-rest SinglePageRoutes); add a route to both.
 */
export function App() {
  const [language, choose] = useState<Language>(pickLanguage(navigator.languages));
  const [me, setMe] = useState<SignedIn['me']>();
  const [meProblem, setMeProblem] = useState<string>();
  const token = useRef<string>();
  const forget = useRef(() => undefined as void);
  const api = useMemo(() => apiClient(() => token.current, () => forget.current()), []);
  const signIn = useSignIn(api, address => history.replaceState(null, '', address));
  const { session } = signIn;
  token.current = session?.token;
  forget.current = () => {
    signIn.forget();
    setMe(undefined);
  };
  const signOut = () => {
    signIn.signOut();
    setMe(undefined);
  };
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    setMe(undefined);
    if (session) {
      api.GET('/api/me').then(({ data, error, response }) =>
        data ? setMe(data) : setMeProblem(problemDetail(error, response)));
    }
  }, [session?.username]);

  if (!signIn.ways) {
    return (
      <LanguageContext.Provider value={{ language, choose }}>
        <Layout><Loading problem={signIn.problem} /></Layout>
      </LanguageContext.Provider>
    );
  }

  return (
    <LanguageContext.Provider value={{ language, choose }}>
      <LocationProvider>
        {!session ? (
          <Layout><SignIn api={api} signIn={signIn} /></Layout>
        ) : !me ? (
          <Layout><Loading problem={meProblem} /></Layout>
        ) : (
          <SignedInContext.Provider value={{ api, session, me, signOut }}>
            <Layout signedIn>
              <Router>
                <Route path="/" component={holds(me, 'OPERATOR') ? Centres : me.registered ? MyPanels : RequestAccess} />
                <Route path="/panels/:id" component={PanelPage} />
                <Route path="/panels/:id/studies/:study" component={StudyViewer} />
                <Route path="/patients" component={Patients} />
                <Route path="/notifications" component={Notifications} />
                <Route path="/settings" component={Settings} />
                <Route path="/request-access" component={RequestAccess} />
                <Route path="/access-requests" component={AccessRequests} />
                <Route path="/kpis" component={Kpis} />
                <Route path="/audit-trail" component={AuditTrail} />
                <Route path="/research" component={ResearchDataSet} />
                <Route path="/centres" component={Centres} />
                <Route path="/centres/import" component={CentreImport} />
                <Route path="/networks" component={Networks} />
                <Route default component={NotFound} />
              </Router>
            </Layout>
          </SignedInContext.Provider>
        )}
      </LocationProvider>
    </LanguageContext.Provider>
  );
}

function Loading({ problem }: { problem?: string }) {
  const { t } = useT();
  return problem ? <p role="alert" class="problem">{t('app.problem', { detail: problem })}</p>
    : <p role="status">{t('app.loading')}</p>;
}

function NotFound() {
  const { t } = useT();
  return <Page title={t('app.notFound')} />;
}
